package jp.kijun.testing;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Map;

/**
 * Bad inputs too large, too strange or too dangerous to keep in the repository: a case of the bad-input corpus
 * names its generator in {@code case.properties} ({@code generate=hugeString}) and the test writes the input into
 * the case's temporary copy before running it.
 */
public final class BadInputGenerators {

    /** Writes a case's input into its directory. */
    @FunctionalInterface
    public interface Generator {
        void generate(Path dir) throws IOException, InterruptedException;
    }

    private static final int MEBIBYTE = 1024 * 1024;

    private static final Map<String, Generator> ALL = Map.ofEntries(
            Map.entry("hugeString", dir -> write(dir.resolve("facts.yaml"),
                    "people:\n  - id: p-1\n    name: " + "あ".repeat(4 * MEBIBYTE / 3) + "\n")),
            Map.entry("hugeStringJson", dir -> write(dir.resolve("facts.json"),
                    "{\"people\": [{\"id\": \"p-1\", \"name\": \"" + "x".repeat(4 * MEBIBYTE) + "\"}]}\n")),
            Map.entry("millionEntryList", dir -> repeat(dir.resolve("facts.yaml"), "people:\n", "  - p\n", 1_000_000, "")),
            Map.entry("millionEntryListJson", dir -> repeat(dir.resolve("facts.json"), "{\"people\": [", "1,", 1_000_000, "1]}")),
            Map.entry("deepNesting", dir -> repeat(dir.resolve("facts.yaml"), "people: ", "[", 100_000, "]".repeat(100_000))),
            Map.entry("deepNestingJson", dir -> repeat(dir.resolve("facts.json"), "{\"people\": ", "[", 100_000, "]".repeat(100_000) + "}")),
            Map.entry("deepBlockNesting", BadInputGenerators::deepBlockNesting),
            Map.entry("aliasBomb", BadInputGenerators::aliasBomb),
            Map.entry("manyAliases", BadInputGenerators::manyAliases),
            Map.entry("oversizedFile", BadInputGenerators::oversizedFile),
            Map.entry("symlinkLoop", BadInputGenerators::symlinkLoop),
            Map.entry("symlinkToItself", dir -> Files.createSymbolicLink(dir.resolve("people.yaml"), Path.of("people.yaml"))),
            Map.entry("danglingSymlink", dir -> Files.createSymbolicLink(dir.resolve("people.yaml"), Path.of("moved-away.yaml"))),
            Map.entry("unreadableFile", BadInputGenerators::unreadableFile),
            Map.entry("namedPipe", BadInputGenerators::namedPipe),
            Map.entry("directoryAsFile", dir -> Files.createDirectories(dir.resolve("input.yaml"))));

    private BadInputGenerators() {
    }

    public static Generator named(String name) {
        Generator generator = ALL.get(name);
        if (generator == null) {
            throw new IllegalArgumentException("no generator named " + name + "; known: " + ALL.keySet());
        }
        return generator;
    }

    private static void write(Path file, String text) throws IOException {
        Files.writeString(file, text, StandardCharsets.UTF_8);
    }

    private static void repeat(Path file, String head, String unit, int times, String tail) throws IOException {
        try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            out.write(head);
            for (int i = 0; i < times; i++) {
                out.write(unit);
            }
            out.write(tail);
        }
    }

    /** Block-style mappings, each indented one more level: the nesting YAML writers produce. */
    private static void deepBlockNesting(Path dir) throws IOException {
        try (Writer out = Files.newBufferedWriter(dir.resolve("facts.yaml"), StandardCharsets.UTF_8)) {
            out.write("organisation:\n");
            for (int depth = 1; depth <= 200; depth++) {
                out.write(" ".repeat(depth) + "k:\n");
            }
            out.write(" ".repeat(201) + "v\n");
        }
    }

    /** Nine anchors, each a list of nine aliases of the one before: a billion values once expanded. */
    private static void aliasBomb(Path dir) throws IOException {
        StringBuilder yaml = new StringBuilder("lol0: &lol0 [lol]\n");
        for (int level = 1; level <= 9; level++) {
            yaml.append("lol").append(level).append(": &lol").append(level).append(" [");
            for (int i = 0; i < 9; i++) {
                yaml.append(i == 0 ? "" : ", ").append("*lol").append(level - 1);
            }
            yaml.append("]\n");
        }
        write(dir.resolve("facts.yaml"), yaml.toString());
    }

    private static void manyAliases(Path dir) throws IOException {
        StringBuilder yaml = new StringBuilder("people:\n  - id: p-0\n    name: &name 山田\n");
        for (int i = 1; i <= 150; i++) {
            yaml.append("  - id: p-").append(i).append("\n    name: *name\n");
        }
        write(dir.resolve("facts.yaml"), yaml.toString());
    }

    /** 17 MiB, sparse: the size is refused before a byte is read. */
    private static void oversizedFile(Path dir) throws IOException {
        try (RandomAccessFile file = new RandomAccessFile(dir.resolve("facts.yaml").toFile(), "rw")) {
            file.setLength(17L * MEBIBYTE);
        }
    }

    private static void symlinkLoop(Path dir) throws IOException {
        Path nested = Files.createDirectories(dir.resolve("site"));
        write(nested.resolve("people.yaml"), "people:\n  - {id: p-1, name: 山田}\n");
        Files.createSymbolicLink(nested.resolve("again"), Path.of(".."));
    }

    private static void unreadableFile(Path dir) throws IOException {
        Path file = dir.resolve("people.yaml");
        write(file, "people:\n  - {id: p-1, name: 山田}\n");
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("---------"));
    }

    private static void namedPipe(Path dir) throws IOException, InterruptedException {
        Process mkfifo = new ProcessBuilder("mkfifo", dir.resolve("waivers.yaml").toString()).inheritIO().start();
        if (mkfifo.waitFor() != 0) {
            throw new IOException("mkfifo failed");
        }
    }
}
