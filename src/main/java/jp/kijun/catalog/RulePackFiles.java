package jp.kijun.catalog;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystem;
import java.nio.file.FileSystemAlreadyExistsException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Reads the files of the shipped rule pack that lie on the class path under {@code kijun/} — from the jar, or
 * from a directory when running from a build — when their names are not known in advance.
 */
public final class RulePackFiles {

    private RulePackFiles() {
    }

    /**
     * Every file under {@code kijun/<folder>} whose name ends with {@code suffix}, by its path relative to
     * {@code kijun/} (e.g. {@code features/P1a/P1a-1.feature}), in name order, with its UTF-8 text.
     */
    public static Map<String, String> read(String folder, String suffix) {
        URL url = RulePackFiles.class.getClassLoader().getResource("kijun/" + folder);
        if (url == null) {
            return Map.of();
        }
        try {
            URI uri = url.toURI();
            if ("jar".equals(uri.getScheme())) {
                try (FileSystem jar = open(uri)) {
                    return read(jar.getPath("kijun/" + folder), jar.getPath("kijun"), suffix);
                }
            }
            Path path = Path.of(uri);
            Path base = path;
            for (String ignored : folder.split("/")) {
                base = base.getParent();
            }
            return read(path, base, suffix);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private static FileSystem open(URI uri) throws IOException {
        try {
            return FileSystems.newFileSystem(uri, Map.of());
        } catch (FileSystemAlreadyExistsException e) {
            return FileSystems.getFileSystem(uri);
        }
    }

    private static Map<String, String> read(Path folder, Path base, String suffix) throws IOException {
        Map<String, String> files = new LinkedHashMap<>();
        try (Stream<Path> walk = Files.walk(folder)) {
            for (Path file : walk.filter(f -> f.toString().endsWith(suffix)).sorted().toList()) {
                files.put(base.relativize(file).toString().replace('\\', '/'), Files.readString(file, StandardCharsets.UTF_8));
            }
        }
        return files;
    }
}
