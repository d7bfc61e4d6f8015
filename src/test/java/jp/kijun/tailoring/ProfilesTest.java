package jp.kijun.tailoring;

import jp.kijun.catalog.Catalog;
import jp.kijun.catalog.CatalogLoader;
import jp.kijun.catalog.ParameterCatalog;
import jp.kijun.catalog.Tier;
import jp.kijun.facts.InvalidInputException;
import jp.kijun.testing.GoldenFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Profiles: the shipped ones resolve exactly as their golden files say; chains, overrides and mistakes. */
class ProfilesTest {

    private final Catalog catalog = CatalogLoader.shipped();

    @TempDir
    Path dir;

    private ResolvedProfile resolve(String reference) throws InvalidInputException {
        return TailoredCatalog.resolve(reference, List.of(), catalog).profile();
    }

    @Test
    void theShippedProfilesShowAsTheirGoldenFiles() throws Exception {
        assertEquals(List.of("baseline", "electricity", "finance"), List.copyOf(ProfileLoader.builtIns().keySet()));
        for (String name : ProfileLoader.builtIns().keySet()) {
            ProfileView view = ProfileView.of(resolve(name), ParameterCatalog.shipped(catalog));
            GoldenFile.assertMatches("profiles/" + name + ".show.yaml", view.toYaml());
        }
    }

    @Test
    void theShippedProfilesAreValidAgainstTheProfileSchema() throws Exception {
        // kijun does not validate its own profiles at run time (it saves the schema's start-up); this test does.
        for (var profile : ProfileLoader.builtIns().entrySet()) {
            var document = jp.kijun.facts.LocatedTreeReader.read(profile.getValue(), profile.getKey(), false);
            assertEquals(List.of(), ProfileLoader.schema().validate(document), profile.getKey());
        }
    }

    @Test
    void aChildProfileOverridesItsParentAndAnItemOverridesItsMeasure() throws Exception {
        Path parent = write("parent.yaml", """
                profile: parent
                extends: finance
                deselect:
                  - {id: P3a-6, reason: 冗長化は親会社のデータセンターが担うため}
                parameters: {passwordMinLength: 12}
                """);
        Path child = write("child.yaml", """
                profile: child
                extends: parent.yaml
                select:
                  - {id: P3a-6-02, reason: 予備機は自社で持つため}
                tiers:
                  - {id: P3a-6-02, tier: reference, reason: 予備機の点検は参考とする}
                parameters: {passwordMinLength: 14}
                """);
        ResolvedProfile resolved = resolve(child.toString());
        assertEquals(List.of("baseline", "finance", "parent", "child"), resolved.chain().stream().map(Profile::name).toList());
        ControlSelection spare = selection(resolved, "P3a-6-02");
        assertTrue(spare.selected());
        assertEquals(Tier.REFERENCE, spare.tier());
        assertEquals("child", spare.tierChangedBy());
        ControlSelection redundancy = selection(resolved, "P3a-6-03");
        assertFalse(redundancy.selected());
        assertEquals("冗長化は親会社のデータセンターが担うため", redundancy.reason());
        assertEquals("parent", redundancy.selectedBy());
        assertFalse(selection(resolved, "P4d-2-09").selected(), "finance's deselection is inherited");
        assertEquals(14L, resolved.parameters().get("passwordMinLength").value());
        assertEquals(1825L, resolved.parameters().get("logRetentionDays").value(), "finance's value is inherited");
    }

    @Test
    void mistakesInAProfileAreLocatedInputErrors() throws Exception {
        Path unknownId = write("unknown.yaml", """
                profile: unknown
                deselect:
                  - {id: P4e, reason: 存在しない}
                """);
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> resolve(unknownId.toString()));
        assertEquals(unknownId + ":3:5: 'P4e' is not a measure, group or item of the catalog (see kijun catalog list)",
                e.problems().get(0).toString());

        Path a = write("a.yaml", "profile: a\nextends: b.yaml\n");
        write("b.yaml", "profile: b\nextends: a.yaml\n");
        InvalidInputException cycle = assertThrows(InvalidInputException.class, () -> resolve(a.toString()));
        assertTrue(cycle.getMessage().contains("extend each other in a circle"), cycle.getMessage());

        InvalidInputException missing = assertThrows(InvalidInputException.class, () -> resolve("no-such-profile"));
        assertTrue(missing.getMessage().contains("one of the shipped profiles [baseline, electricity, finance]"),
                missing.getMessage());
    }

    @Test
    void aProfileCanAddARulePackAndTailorItsControls() throws Exception {
        Path pack = Path.of("examples", "packs", "denryoku-ot").toAbsolutePath();
        Path profile = write("ot.yaml", "profile: ot\nextends: electricity\npacks: [" + pack + "]\n"
                + "tiers:\n  - {id: X-OT-003, tier: reference, reason: 配置は別の監査で確認するため}\n");
        TailoredCatalog tailored = TailoredCatalog.resolve(profile.toString(), List.of(), catalog);
        assertEquals(List.of("denryoku-ot"), tailored.packs().stream().map(jp.kijun.catalog.RulePack::id).toList());
        assertEquals(396, tailored.catalog().itemCount());
        assertEquals(Tier.REFERENCE, selection(tailored.profile(), "X-OT-003").tier());
        assertTrue(tailored.parameters().named("otFirewallReviewMonths").isPresent(), "the pack's parameters join");
    }

    private static ControlSelection selection(ResolvedProfile resolved, String id) {
        return resolved.selections().stream().filter(s -> s.id().equals(id)).findFirst().orElseThrow();
    }

    private Path write(String name, String text) throws Exception {
        Path file = dir.resolve(name);
        Files.writeString(file, text, StandardCharsets.UTF_8);
        return file;
    }
}
