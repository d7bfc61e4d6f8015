package jp.kijun.testing;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Runs a main class of this build in a separate JVM — to bound its heap, to run it without root's power to read
 * any file, or to kill it — with the test class path.
 */
public final class ChildJvm {

    /** How a child ended: its exit code and what it printed. */
    public record Result(int code, String out, String err) {
    }

    private static final String JAVA = Path.of(System.getProperty("java.home"), "bin", "java").toString();

    private final List<String> command = new ArrayList<>();

    private ChildJvm(String mainClass, String maxHeap, boolean withoutFileOverride) {
        if (withoutFileOverride && runsAsRoot()) {
            // root reads every file whatever its mode; without these capabilities it is refused like anyone else
            command.addAll(List.of("setpriv", "--bounding-set=-dac_override,-dac_read_search"));
        }
        command.addAll(List.of(JAVA, "-Xmx" + maxHeap, "-XX:+ExitOnOutOfMemoryError", "-Dfile.encoding=UTF-8",
                "-cp", System.getProperty("java.class.path"), mainClass));
    }

    /** A JVM for {@code mainClass} with at most {@code maxHeap} of heap (e.g. {@code 256m}). */
    public static ChildJvm of(String mainClass, String maxHeap) {
        return new ChildJvm(mainClass, maxHeap, false);
    }

    /** The same, refused files that its user may not read even when the tests run as root. */
    public static ChildJvm withoutFileOverride(String mainClass, String maxHeap) {
        return new ChildJvm(mainClass, maxHeap, true);
    }

    public static boolean runsAsRoot() {
        return "root".equals(System.getProperty("user.name"));
    }

    /** Starts the child with {@code args}; standard output and error go to files in {@code dir}. */
    public Process start(Path dir, List<String> args) throws IOException {
        List<String> all = new ArrayList<>(command);
        all.addAll(args);
        return new ProcessBuilder(all)
                .redirectOutput(dir.resolve("child.out").toFile())
                .redirectError(dir.resolve("child.err").toFile())
                .start();
    }

    /** Runs the child to its end; a child still running after {@code seconds} is killed and fails the test. */
    public Result run(Path dir, List<String> args, long seconds) throws IOException, InterruptedException {
        Process process = start(dir, args);
        if (!process.waitFor(seconds, TimeUnit.SECONDS)) {
            process.destroyForcibly().waitFor();
            throw new AssertionError("still running after " + seconds + " s: " + args);
        }
        return new Result(process.exitValue(), Files.readString(dir.resolve("child.out"), StandardCharsets.UTF_8),
                Files.readString(dir.resolve("child.err"), StandardCharsets.UTF_8));
    }
}
