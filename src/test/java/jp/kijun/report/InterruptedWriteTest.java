package jp.kijun.report;

import com.fasterxml.jackson.databind.json.JsonMapper;
import jp.kijun.catalog.Language;
import jp.kijun.testing.ChildJvm;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A run killed while it writes a report leaves the previous report, or none — never half of one: the report is
 * written into a temporary file beside it and renamed over it only when complete.
 */
class InterruptedWriteTest {

    @TempDir
    Path dir;

    @Test
    void killedMidWriteTheTargetStillHoldsThePreviousReport() throws Exception {
        Path target = dir.resolve("report.json");
        StringWriter previous = new StringWriter();
        new JsonReport().write(ReportFixture.evaluation(), ReportFixture.context(Language.EN), previous);
        Files.writeString(target, previous.toString(), StandardCharsets.UTF_8);
        byte[] before = Files.readAllBytes(target);

        killWhileWriting(target, true);

        assertArrayEquals(before, Files.readAllBytes(target), "the previous report, byte for byte");
        JsonMapper.builder().build().readTree(Files.readString(target));
    }

    @Test
    void killedMidWriteWithoutAPreviousReportThereIsNone() throws Exception {
        Path target = dir.resolve("report.json");

        killWhileWriting(target, false);

        assertFalse(Files.exists(target), "no report rather than a truncated one");
        assertEquals(List.of(), temporaries(), "a run stopped with SIGTERM removes its temporary file");
    }

    /** Starts a child that writes half of {@code target}, checks the half is only in a temporary file, kills it. */
    private void killWhileWriting(Path target, boolean forcibly) throws Exception {
        Path logs = Files.createDirectories(dir.resolve("logs"));
        Process child = ChildJvm.of(SlowReportWriterMain.class.getName(), "256m").start(logs, List.of(target.toString()));
        try {
            waitFor(logs.resolve("child.out"), child);
            List<Path> temporaries = temporaries();
            assertEquals(1, temporaries.size(), "the half-written report is in a temporary file beside the target");
            assertTrue(Files.size(temporaries.get(0)) > 0, "the child had started writing");
        } finally {
            if (forcibly) {
                child.destroyForcibly();
            } else {
                child.destroy();
            }
            assertTrue(child.waitFor(30, TimeUnit.SECONDS), "the child ended");
        }
    }

    private List<Path> temporaries() throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(file -> file.getFileName().toString().endsWith(".tmp")).toList();
        }
    }

    /** Waits (at most a minute) for the child to say it has written half of the report. */
    private static void waitFor(Path out, Process child) throws Exception {
        for (int i = 0; i < 600; i++) {
            if (Files.exists(out) && Files.readString(out).contains(SlowReportWriterMain.HALF_WRITTEN)) {
                return;
            }
            if (!child.isAlive()) {
                throw new AssertionError("the child ended before writing: exit " + child.exitValue() + ", "
                        + Files.readString(out.resolveSibling("child.err")));
            }
            Thread.sleep(100);
        }
        throw new AssertionError("the child did not start writing within a minute");
    }
}
