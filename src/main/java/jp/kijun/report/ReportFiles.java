package jp.kijun.report;

import jp.kijun.engine.Evaluation;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;

/**
 * Writes report files atomically: into a temporary file in the target's directory, then renamed over the
 * target, so that a reader sees the previous report or the new one, never half of one. A run stopped while it
 * writes (Ctrl-C, a CI job's SIGTERM) removes the temporary file as the JVM exits; only a run killed outright
 * (SIGKILL) can leave one behind.
 */
public final class ReportFiles {

    private ReportFiles() {
    }

    public static void write(Path target, Report report, Evaluation evaluation, ReportContext context) throws IOException {
        Path directory = target.toAbsolutePath().getParent();
        Path temporary = Files.createTempFile(directory, "." + target.getFileName() + ".", ".tmp");
        temporary.toFile().deleteOnExit();
        try {
            readableByAll(temporary);
            try (Writer out = Files.newBufferedWriter(temporary, StandardCharsets.UTF_8)) {
                report.write(evaluation, context, out);
            }
            try {
                Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(temporary);
        }
    }

    /** Reports are shared artefacts: rw-r--r-- like any file the user writes, not the temporary file's rw-------. */
    private static void readableByAll(Path file) throws IOException {
        if (file.getFileSystem().supportedFileAttributeViews().contains("posix")) {
            Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-r--r--"));
        }
    }

    /** Why {@code target} cannot be written, or {@code null} when its directory exists and is writable. */
    public static String unwritable(Path target) {
        Path directory = target.toAbsolutePath().getParent();
        if (directory == null || !Files.isDirectory(directory)) {
            return "the directory of " + target + " does not exist; create it first";
        }
        if (!Files.isWritable(directory)) {
            return "the directory of " + target + " is not writable";
        }
        if (Files.isDirectory(target)) {
            return target + " is a directory; expected a file name";
        }
        return null;
    }
}
