package jp.kijun.generate;

import jp.kijun.facts.FactLoader;
import jp.kijun.facts.FactSet;
import jp.kijun.facts.SectionPresence;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The generator writes valid facts of the size asked for, the same for the same seed. */
class EstateGeneratorTest {

    private static final LocalDate AS_OF = LocalDate.of(2026, 4, 1);

    @TempDir
    Path dir;

    private Path write(EstateSpec spec, String name) throws Exception {
        Path estate = dir.resolve(name);
        EstateWriter.write(EstateGenerator.generate(spec), spec, estate);
        return estate;
    }

    private static String contents(Path estate) throws Exception {
        StringBuilder text = new StringBuilder();
        try (Stream<Path> files = Files.list(estate)) {
            for (Path file : files.sorted().toList()) {
                text.append(file.getFileName()).append('\n').append(Files.readString(file));
            }
        }
        return text.toString();
    }

    @Test
    void theFactsAreValidAndOfTheSizeAskedFor() throws Exception {
        FactSet facts = new FactLoader().load(List.of(write(new EstateSpec(2_000, 1, 0.05, AS_OF), "estate")));
        assertTrue(facts.facts().contains(new SectionPresence("accounts", 2_000)));
        assertTrue(facts.facts().contains(new SectionPresence("systems", 100)));
        assertTrue(facts.facts().contains(new SectionPresence("people", 500)));
    }

    @Test
    void theJsonFormatHoldsTheSameFactsOneEntityALine() throws Exception {
        EstateSpec spec = new EstateSpec(500, 1, 0.05, AS_OF);
        Path json = dir.resolve("json");
        EstateWriter.write(EstateGenerator.generate(spec), spec, json, EstateWriter.Format.json);
        FactSet fromJson = new FactLoader().load(List.of(json));
        FactSet fromYaml = new FactLoader().load(List.of(write(spec, "yaml")));
        assertEquals(new java.util.HashSet<>(fromYaml.facts()), new java.util.HashSet<>(fromJson.facts()));
        long accountLines = fromJson.facts().stream().filter(jp.kijun.facts.model.systems.Account.class::isInstance)
                .map(account -> fromJson.originOf(account).orElseThrow().source().line()).distinct().count();
        assertEquals(500, accountLines, "every account on a line of its own");
    }

    @Test
    void longListsAreWrittenInPartsThatHoldTheSameFacts() throws Exception {
        EstateSpec spec = new EstateSpec(500, 1, 0.05, AS_OF);
        Path parted = dir.resolve("parted");
        EstateWriter.write(EstateGenerator.generate(spec), spec, parted, EstateWriter.Format.yaml, 200);
        try (Stream<Path> files = Files.list(parted)) {
            assertEquals(List.of("accounts-1.yaml", "accounts-2.yaml", "accounts-3.yaml"), files
                    .map(file -> file.getFileName().toString()).filter(name -> name.startsWith("accounts")).sorted().toList());
        }
        FactSet fromParts = new FactLoader().load(List.of(parted));
        FactSet whole = new FactLoader().load(List.of(write(spec, "whole")));
        assertEquals(new java.util.HashSet<>(whole.facts()), new java.util.HashSet<>(fromParts.facts()));
    }

    @Test
    void theSameSeedWritesTheSameFilesAndAnotherSeedOthers() throws Exception {
        String first = contents(write(new EstateSpec(500, 7, 0.05, AS_OF), "first"));
        assertEquals(first, contents(write(new EstateSpec(500, 7, 0.05, AS_OF), "again")));
        assertNotEquals(first, contents(write(new EstateSpec(500, 8, 0.05, AS_OF), "other")));
    }

    @Test
    void anEstateIsWrittenOnlyIntoANewOrEmptyDirectory() throws Exception {
        Path estate = write(new EstateSpec(100, 1, 0.05, AS_OF), "estate");
        assertNotNull(EstateWriter.unusable(estate));
        assertEquals(null, EstateWriter.unusable(dir.resolve("new")));
        assertThrows(IllegalArgumentException.class, () -> new EstateSpec(10, 1, 0.05, AS_OF));
        assertThrows(IllegalArgumentException.class, () -> new EstateSpec(100, 1, 1.5, AS_OF));
    }
}
