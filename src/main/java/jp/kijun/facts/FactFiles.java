package jp.kijun.facts;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemLoopException;
import java.nio.file.FileVisitOption;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The facts files that the paths on the command line name: files as given, directories read recursively (following
 * symbolic links) for {@code .yaml}, {@code .yml} and {@code .json} files, in name order. A symbolic link loop, a
 * link to nothing, an unreadable directory or a path that does not exist is one located problem each; the walk goes
 * on past it, so that every problem is reported at once.
 */
final class FactFiles {

    static final String EXPECTED = "a facts file (.yaml, .yml, .json) or a directory of them";

    private FactFiles() {
    }

    /** The files to read, in order; problems found on the way are added to {@code problems}. */
    static List<Path> expand(List<Path> paths, List<InputProblem> problems) {
        Set<Path> files = new LinkedHashSet<>();
        for (Path path : paths) {
            if (Files.isDirectory(path)) {
                List<Path> found = new ArrayList<>();
                walk(path, found, problems);
                found.stream().sorted().forEach(files::add);
            } else if (Files.isRegularFile(path)) {
                files.add(path);
            } else {
                problems.add(new InputProblem(Source.ofFile(path.toString()), missing(path) + "; expected " + EXPECTED));
            }
        }
        if (files.isEmpty() && problems.isEmpty()) {
            problems.add(new InputProblem(Source.ofFile(String.join(", ", paths.stream().map(Path::toString).toList())),
                    "no facts files found; expected .yaml, .yml or .json files"));
        }
        return List.copyOf(files);
    }

    private static String missing(Path path) {
        if (Files.isSymbolicLink(path)) {
            return "a symbolic link to nothing (a loop or a missing target)";
        }
        return Files.exists(path) ? "not a regular file (a device, pipe or socket)" : "no such file or directory";
    }

    private static void walk(Path directory, List<Path> found, List<InputProblem> problems) {
        try {
            Files.walkFileTree(directory, EnumSet.of(FileVisitOption.FOLLOW_LINKS), Integer.MAX_VALUE,
                    new SimpleFileVisitor<>() {
                        @Override
                        public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) {
                            if (!LocatedTreeReader.isFactFile(file)) {
                                return FileVisitResult.CONTINUE;
                            }
                            if (attributes.isRegularFile()) {
                                found.add(file);
                            } else {
                                problems.add(new InputProblem(Source.ofFile(file.toString()),
                                        missing(file) + "; expected a facts file"));
                            }
                            return FileVisitResult.CONTINUE;
                        }

                        @Override
                        public FileVisitResult visitFileFailed(Path file, IOException e) {
                            problems.add(new InputProblem(Source.ofFile(file.toString()), failure(e)));
                            return FileVisitResult.CONTINUE;
                        }

                        @Override
                        public FileVisitResult postVisitDirectory(Path dir, IOException e) {
                            if (e != null) {
                                problems.add(new InputProblem(Source.ofFile(dir.toString()), failure(e)));
                            }
                            return FileVisitResult.CONTINUE;
                        }
                    });
        } catch (IOException e) {
            problems.add(new InputProblem(Source.ofFile(directory.toString()), failure(e)));
        }
    }

    private static String failure(IOException e) {
        if (e instanceof FileSystemLoopException) {
            return "a symbolic link loop: it leads back to a directory being read; expected a facts directory "
                    + "without loops";
        }
        if (e instanceof AccessDeniedException) {
            return "cannot be read: permission denied; expected a directory the user running kijun can read";
        }
        return "cannot be read: " + e.getMessage();
    }
}
