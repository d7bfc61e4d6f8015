package jp.kijun.cli;

import jp.kijun.testing.ChildJvm;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * An output that cannot be written is a usage error found before any evaluation work: the facts here are broken
 * too, and are never read.
 */
class OutputDirectoryTest {

    @TempDir
    Path dir;

    private Path brokenFacts() throws Exception {
        Path facts = dir.resolve("facts.yaml");
        Files.writeString(facts, "people: [unclosed\n", StandardCharsets.UTF_8);
        return facts;
    }

    @Test
    void aMissingOutputDirectoryIsExitTwoBeforeTheFactsAreRead() throws Exception {
        Path report = dir.resolve("no/such/dir/report.json");
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Kijun.run(new PrintWriter(out), new PrintWriter(err), "evaluate", brokenFacts().toString(),
                "-o", "json=" + report);
        assertEquals(2, code);
        assertEquals(List.of("kijun: -o json=" + report + ": the directory of " + report + " does not exist; create it first"),
                err.toString().lines().toList());
        assertEquals("", out.toString());
    }

    @Test
    void anOutputThatIsADirectoryIsExitTwoBeforeTheFactsAreRead() throws Exception {
        Path report = Files.createDirectories(dir.resolve("report.json"));
        StringWriter err = new StringWriter();
        int code = Kijun.run(new PrintWriter(new StringWriter()), new PrintWriter(err), "evaluate",
                brokenFacts().toString(), "-o", "html=" + report);
        assertEquals(2, code);
        assertEquals(List.of("kijun: -o html=" + report + ": " + report + " is a directory; expected a file name"),
                err.toString().lines().toList());
    }

    /** Run in a JVM of its own, without root's power to write anywhere, so that the directory's mode counts. */
    @Test
    void anUnwritableOutputDirectoryIsExitTwoBeforeTheFactsAreRead() throws Exception {
        Path readOnly = Files.createDirectories(dir.resolve("read-only"));
        Files.setPosixFilePermissions(readOnly, PosixFilePermissions.fromString("r-xr-xr-x"));
        Path report = readOnly.resolve("report.json");
        Path logs = Files.createDirectories(dir.resolve("logs"));
        ChildJvm.Result run = ChildJvm.withoutFileOverride(Kijun.class.getName(), "256m")
                .run(logs, List.of("evaluate", brokenFacts().toString(), "-o", "json=" + report), 120);
        assertEquals(2, run.code(), run.err());
        assertEquals(List.of("kijun: -o json=" + report + ": the directory of " + report + " is not writable"),
                run.err().lines().toList());
        assertEquals("", run.out());
    }
}
