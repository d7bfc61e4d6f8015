package jp.kijun.testing;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.fail;

/**
 * Compares rendered output (a report, a resolved profile) with its expected file under {@code src/test/resources/}.
 *
 * <p>When a change to the rules, the catalog or a format changes the output on purpose, regenerate the expected
 * files and review the diff before committing: {@code mvn -B verify -Dkijun.updateGolden=true} writes the actual
 * output over each expected file and passes.
 */
public final class GoldenFile {

    static final Path FOLDER = Path.of("src", "test", "resources");
    private static final boolean UPDATE = Boolean.getBoolean("kijun.updateGolden");

    private GoldenFile() {
    }

    /** Fails at the first line that differs, naming the file and the line. */
    public static void assertMatches(String relative, String actual) throws IOException {
        Path expectedFile = FOLDER.resolve(relative);
        if (UPDATE) {
            Files.createDirectories(expectedFile.getParent());
            Files.writeString(expectedFile, actual, StandardCharsets.UTF_8);
            return;
        }
        if (!Files.exists(expectedFile)) {
            fail(expectedFile + " is missing; create it with -Dkijun.updateGolden=true");
        }
        String expected = Files.readString(expectedFile, StandardCharsets.UTF_8);
        if (expected.equals(actual)) {
            return;
        }
        String[] want = expected.split("\n", -1);
        String[] got = actual.split("\n", -1);
        for (int i = 0; i < Math.max(want.length, got.length); i++) {
            String w = i < want.length ? want[i] : "<end of file>";
            String g = i < got.length ? got[i] : "<end of file>";
            if (!w.equals(g)) {
                fail(expectedFile + ":" + (i + 1) + " differs (regenerate with -Dkijun.updateGolden=true if intended)\n"
                        + "expected: " + w + "\n  actual: " + g);
            }
        }
        fail(expectedFile + " differs");
    }
}
