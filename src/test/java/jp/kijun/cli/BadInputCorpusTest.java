package jp.kijun.cli;

import jp.kijun.testing.BadInputGenerators;
import jp.kijun.testing.ChildJvm;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The bad-input corpus ({@code src/test/resources/bad-input/CATEGORY/CASE/}): every case runs the real command line
 * and must exit 2 with exactly the lines of its {@code expected.txt} on standard error — a line ending in "…" is a
 * prefix — and nothing else: no stack trace, nothing evaluated. A case may say in {@code case.properties} how it is
 * run ({@code args}), which generator writes its input ({@code generate}) and whether it runs in a JVM of its own
 * with a small heap ({@code isolate=true}), which is how the cases meant to exhaust memory prove they do not.
 */
class BadInputCorpusTest {

    static final Path CORPUS = Path.of("src", "test", "resources", "bad-input");
    private static final String VALID_FACTS = "examples/aoba-power";
    private static final String CHILD_HEAP = "128m";
    /** {@code -Dkijun.updateGolden=true} writes what each case printed into its expected.txt, to review before committing. */
    private static final boolean UPDATE = Boolean.getBoolean("kijun.updateGolden");
    private static final Map<String, String> DEFAULT_ARGS = Map.of(
            "facts", "evaluate {case} --as-of 2026-04-01",
            "profiles", "evaluate {facts} --as-of 2026-04-01 --profile {case}/profile.yaml",
            "waivers", "evaluate {facts} --as-of 2026-04-01 --waivers {case}/waivers.yaml",
            "config", "evaluate {facts} --as-of 2026-04-01 --config {case}/{config}",
            "baselines", "evaluate {facts} --as-of 2026-04-01 --baseline {case}/baseline.json");

    @TempDir
    Path work;

    static Stream<String> cases() throws IOException {
        try (Stream<Path> files = Files.walk(CORPUS)) {
            return files.filter(file -> file.getFileName().toString().equals("expected.txt"))
                    .map(file -> CORPUS.relativize(file.getParent()).toString().replace('\\', '/'))
                    .sorted()
                    .toList()
                    .stream();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void exitsTwoWithOneLocatedLinePerProblem(String name) throws Exception {
        Path source = CORPUS.resolve(name);
        Path dir = Files.createDirectories(work.resolve("case"));
        copy(source, dir);
        Properties settings = settings(source);
        if (settings.containsKey("generate")) {
            BadInputGenerators.named(settings.getProperty("generate")).generate(dir);
        }
        List<String> args = arguments(name.substring(0, name.indexOf('/')), settings, dir);
        boolean isolate = Boolean.parseBoolean(settings.getProperty("isolate", "false"));
        ChildJvm.Result run = isolate
                ? ChildJvm.withoutFileOverride(Kijun.class.getName(), CHILD_HEAP).run(work, args, 60)
                : inProcess(args);
        // files are named relative to the case; the case directory itself, as {case}
        String prefix = dir + java.io.File.separator;
        List<String> actual = run.err().lines()
                .map(line -> line.replace(prefix, "").replace(dir.toString(), "{case}"))
                .toList();
        if (UPDATE) {
            update(source.resolve("expected.txt"), actual);
        }
        List<String> expected = Files.readAllLines(source.resolve("expected.txt"), StandardCharsets.UTF_8);

        assertEquals(2, run.code(), name + " exit code; standard error:\n" + run.err());
        assertEquals("", run.out(), name + ": nothing is evaluated, nothing written to standard output");
        assertFalse(run.err().contains("\tat ") || run.err().contains("Exception"), name + ": no stack trace\n" + run.err());
        assertEquals(expected.size(), actual.size(), name + ": lines on standard error:\n" + String.join("\n", actual));
        for (int i = 0; i < expected.size(); i++) {
            String want = expected.get(i);
            String got = actual.get(i);
            boolean matches = want.endsWith("…") ? got.startsWith(want.substring(0, want.length() - 1)) : got.equals(want);
            assertTrue(matches, name + " line " + (i + 1) + "\nexpected: " + want + "\nactual:   " + got);
        }
    }

    @Test
    void theCorpusHoldsAtLeastAHundredCasesInEveryCategory() throws IOException {
        Map<String, Integer> perCategory = new TreeMap<>();
        cases().forEach(name -> perCategory.merge(name.substring(0, name.indexOf('/')), 1, Integer::sum));
        assertEquals(DEFAULT_ARGS.keySet().stream().sorted().toList(), List.copyOf(perCategory.keySet()),
                "categories: " + perCategory);
        int total = perCategory.values().stream().mapToInt(Integer::intValue).sum();
        assertTrue(total >= 100, "cases per category: " + perCategory);
    }

    /** Writes what a case printed as its expectation, keeping each prefix line ("…") that still holds. */
    private static void update(Path expectedFile, List<String> actual) throws IOException {
        List<String> old = Files.readAllLines(expectedFile, StandardCharsets.UTF_8);
        List<String> updated = new ArrayList<>();
        for (int i = 0; i < actual.size(); i++) {
            String line = actual.get(i);
            boolean prefixHolds = i < old.size() && old.get(i).endsWith("…")
                    && line.startsWith(old.get(i).substring(0, old.get(i).length() - 1));
            updated.add(prefixHolds ? old.get(i) : line);
        }
        Files.write(expectedFile, updated, StandardCharsets.UTF_8);
    }

    static List<String> arguments(String category, Properties settings, Path dir) throws IOException {
        String template = settings.getProperty("args", DEFAULT_ARGS.get(category));
        List<String> args = new ArrayList<>();
        for (String arg : template.trim().split("\\s+")) {
            args.add(arg.replace("{case}", dir.toString())
                    .replace("{facts}", VALID_FACTS)
                    .replace("{config}", configFile(dir)));
        }
        return args;
    }

    private static String configFile(Path dir) throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.map(file -> file.getFileName().toString()).filter(name -> name.startsWith("config."))
                    .findFirst().orElse("config.properties");
        }
    }

    private static Properties settings(Path source) throws IOException {
        Properties settings = new Properties();
        Path file = source.resolve("case.properties");
        if (Files.exists(file)) {
            try (var in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                settings.load(in);
            }
        }
        return settings;
    }

    private static ChildJvm.Result inProcess(List<String> args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Kijun.run(new PrintWriter(out), new PrintWriter(err), args.toArray(String[]::new));
        return new ChildJvm.Result(code, out.toString(), err.toString());
    }

    /** Copies the case's inputs (not its expectations), keeping directories the case holds. */
    private static void copy(Path source, Path target) throws IOException {
        try (Stream<Path> files = Files.walk(source)) {
            for (Path file : files.toList()) {
                String name = file.getFileName().toString();
                if (file.equals(source) || name.equals("expected.txt") || name.equals("case.properties")) {
                    continue;
                }
                Path copy = target.resolve(source.relativize(file).toString());
                if (Files.isDirectory(file, LinkOption.NOFOLLOW_LINKS)) {
                    Files.createDirectories(copy);
                } else {
                    Files.createDirectories(copy.getParent());
                    Files.copy(file, copy, StandardCopyOption.COPY_ATTRIBUTES);
                }
            }
        }
    }
}
