package jp.kijun.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static jp.kijun.cli.KijunCliTest.kijun;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Rule packs from the command line: evaluate with a pack, test it, start one, and what a broken pack gives. */
class RulePackCliTest {

    private static final Path PACK = Path.of("examples", "packs", "denryoku-ot");
    private static final Path ORGANISATION = Path.of("features", "organisations", "model-utility");

    @TempDir
    Path dir;

    private Path copyOfThePack() throws Exception {
        Path copy = dir.resolve("pack");
        try (Stream<Path> files = Files.walk(PACK)) {
            for (Path file : files.toList()) {
                Path target = copy.resolve(PACK.relativize(file).toString());
                if (Files.isDirectory(file)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(file, target);
                }
            }
        }
        return copy;
    }

    @Test
    void theExamplePacksControlsAreReportedLikeAnyOther() throws Exception {
        KijunCliTest.Run run = kijun("evaluate", ORGANISATION.toString(), "--as-of", "2026-04-01", "--pack", PACK.toString(),
                "--format", "json");
        assertEquals(0, run.code(), run.err());
        JsonNode report = JsonMapper.builder().build().readTree(run.out());
        assertEquals(396, report.path("controls").size());
        JsonNode last = report.path("controls").get(395);
        assertEquals("X-OT-003", last.path("id").asText());
        assertEquals("X-OT", last.path("measure").asText());
        assertEquals("passed", last.path("outcome").asText());
        assertTrue(last.path("reasons").get(0).path("facts").toString().contains("network.yaml"), last.toString());
    }

    @Test
    void theExamplePackPassesItsScenariosWithFullCoverage() {
        KijunCliTest.Run run = kijun("test", PACK.toString(), "--coverage");
        assertEquals(0, run.code(), run.out() + run.err());
        assertTrue(run.out().contains("11 scenarios: 11 passed, 0 failed"), run.out());
        assertTrue(run.out().contains("Rules: 11; fired in the scenarios: 11; never fired: 0"), run.out());
        assertTrue(run.out().contains("Controls: 3 automated; 0 lack a passing or a failing scenario"), run.out());
    }

    @Test
    void aDrlSyntaxErrorIsExitTwoAtTheFileLineAndColumn() throws Exception {
        Path pack = copyOfThePack();
        Path drl = pack.resolve("rules").resolve("X-OT.drl");
        String text = Files.readString(drl, StandardCharsets.UTF_8);
        Files.writeString(drl, text.replaceFirst("not ZoneConnection\\(Networks.touches\\(this, \\$zone.id\\(\\)\\), via == \"directLink\"\\)",
                "not ZoneConnection(Networks.touches(this, \\$zone.id()), via == \"directLink\""), StandardCharsets.UTF_8);
        KijunCliTest.Run run = kijun("evaluate", ORGANISATION.toString(), "--pack", pack.toString());
        assertEquals(2, run.code());
        String first = run.err().lines().findFirst().orElse("");
        assertTrue(first.startsWith(drl + ":19:1: DRL: "), run.err());
        assertTrue(first.contains("mismatched input 'then'"), first);
        assertTrue(!run.err().contains("\tat "), "no stack trace");
    }

    @Test
    void aCompiledPackIsCachedByTheContentOfItsRules() throws Exception {
        Path pack = copyOfThePack();
        Path cache = dir.resolve("cache");
        jp.kijun.catalog.RulePack loaded = new jp.kijun.catalog.RulePackLoader(jp.kijun.catalog.CatalogLoader.shipped()).load(pack);
        new jp.kijun.engine.PackRules(cache).rules(loaded);
        List<Path> first = cached(cache);
        assertEquals(1, first.size());
        long modified = Files.getLastModifiedTime(first.get(0)).toMillis();
        new jp.kijun.engine.PackRules(cache).rules(loaded);
        assertEquals(first, cached(cache), "the same rules reuse the cached module");
        assertEquals(modified, Files.getLastModifiedTime(first.get(0)).toMillis());
        Path drl = pack.resolve("rules").resolve("X-OT.drl");
        Files.writeString(drl, Files.readString(drl) + "\n// changed\n");
        loaded = new jp.kijun.catalog.RulePackLoader(jp.kijun.catalog.CatalogLoader.shipped()).load(pack);
        new jp.kijun.engine.PackRules(cache).rules(loaded);
        assertEquals(2, cached(cache).size(), "changed rules are compiled again");
    }

    @Test
    void aRuleThatNamesAControlOutsideThePackIsRefused() throws Exception {
        Path pack = copyOfThePack();
        Path drl = pack.resolve("rules").resolve("X-OT.drl");
        Files.writeString(drl, Files.readString(drl).replaceFirst("@control\\(\"X-OT-001\"\\)", "@control(\"P4d-2-09\")"));
        KijunCliTest.Run run = kijun("evaluate", ORGANISATION.toString(), "--pack", pack.toString());
        assertEquals(2, run.code());
        assertTrue(run.err().contains("must name a control of the pack"), run.err());
    }

    @Test
    void initWritesFactsThatLoadAndEvaluateAsNotReviewed() throws Exception {
        Path facts = dir.resolve("org");
        assertEquals(0, kijun("init", facts.toString()).code());
        KijunCliTest.Run run = kijun("evaluate", facts.toString(), "--as-of", "2026-04-01", "--format", "json");
        assertEquals(1, run.code(), "absence is not compliance: the starter facts fail the gate until evidence is "
                + "recorded\n" + run.err());
        JsonNode report = JsonMapper.builder().build().readTree(run.out());
        assertEquals(393, report.path("summary").path("not_reviewed").asInt());
        assertFalse(report.path("gate").path("passed").asBoolean());
        assertTrue(report.path("gate").path("blocking").size() > 0, report.path("gate").toString());
        KijunCliTest.Run console = kijun("evaluate", facts.toString(), "--as-of", "2026-04-01", "--lang", "en");
        String last = console.out().strip().lines().reduce((a, b) -> b).orElseThrow();
        assertTrue(last.startsWith("Gate: failed — ") && last.contains("not reviewed for want of evidence")
                && last.contains("P1a-1-01"), last);
        KijunCliTest.Run accepted = kijun("evaluate", facts.toString(), "--as-of", "2026-04-01", "--accept-not-reviewed");
        assertEquals(0, accepted.code(), accepted.err());
        assertTrue(Files.readString(facts.resolve("facts.yaml")).startsWith("# yaml-language-server: $schema=./kijun-facts.schema.json"));
        assertEquals(2, kijun("init", facts.toString()).code(), "init never overwrites facts");
    }

    @Test
    void newControlStartsAPackThatLoadsAndWhoseScenariosWaitToBeWritten() throws Exception {
        Path pack = dir.resolve("acme");
        KijunCliTest.Run created = kijun("new", "control", "X-ACME-001", "--pack", pack.toString());
        assertEquals(0, created.code(), created.err());
        assertTrue(Files.exists(pack.resolve("rules").resolve("X-ACME-001.drl")));
        assertTrue(Files.readString(pack.resolve("rules").resolve("X-ACME-001.drl")).contains("@control(\"X-ACME-001\")"));
        assertEquals(0, kijun("new", "control", "X-ACME-002", "--pack", pack.toString()).code());
        assertEquals(2, kijun("new", "control", "X-ACME-002", "--pack", pack.toString()).code(), "no overwrite");
        assertEquals(2, kijun("new", "control", "ACME-3", "--pack", pack.toString()).code());
        KijunCliTest.Run evaluated = kijun("evaluate", ORGANISATION.toString(), "--pack", pack.toString(), "--as-of", "2026-04-01");
        assertEquals(1, evaluated.code(), "the skeleton's controls are encoded and not reviewed: "
                + evaluated.err());
        assertTrue(evaluated.out().contains("X-ACME-002"), evaluated.out());
        assertTrue(evaluated.out().strip().endsWith("X-ACME-001, X-ACME-002）。未確認を許容するには --accept-not-reviewed"),
                evaluated.out());
        KijunCliTest.Run tested = kijun("test", pack.toString());
        assertEquals(1, tested.code(), "the skeleton's scenarios fail until the rules are written");
    }

    private static List<Path> cached(Path cache) throws Exception {
        try (Stream<Path> files = Files.list(cache.resolve("packs"))) {
            return files.filter(f -> f.toString().endsWith(".jar")).sorted().toList();
        }
    }
}
