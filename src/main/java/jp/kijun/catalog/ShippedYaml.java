package jp.kijun.catalog;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.MissingNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;

/**
 * The YAML files that ship in the jar — the catalog, the parameters, the schema parts — read as trees. The build
 * parses every {@code .yaml} file of those folders once and writes them, by name, as one JSON document beside them
 * ({@value #PRECOMPILED}, see {@link #main}); a run reads that instead of the YAML when it is there: SnakeYAML
 * reading 300 KB in a cold JVM was a tenth of {@code kijun evaluate}'s start.
 */
public final class ShippedYaml {

    /** The JSON copy of a folder's YAML files: an object from file name (without {@code .yaml}) to its content. */
    public static final String PRECOMPILED = "precompiled.json";

    private static final ObjectMapper YAML = JsonMapper.builder(new YAMLFactory()).build();
    private static final ObjectMapper JSON = JsonMapper.builder().build();
    private static final Map<String, JsonNode> FOLDERS = new ConcurrentHashMap<>();

    private ShippedYaml() {
    }

    /**
     * The tree of {@code folder + name + ".yaml"} on the class path (the folder ends with {@code /}), or null when
     * there is no such file.
     */
    public static JsonNode read(String folder, String name) {
        JsonNode precompiled = FOLDERS.computeIfAbsent(folder, ShippedYaml::precompiled);
        if (!precompiled.isMissingNode()) {
            return precompiled.get(name);
        }
        return readYaml(folder, name);
    }

    /** The tree of {@code folder + name + ".yaml"} read from the YAML itself, or null when there is no such file. */
    public static JsonNode readYaml(String folder, String name) {
        String resource = folder + name + ".yaml";
        try (InputStream in = ShippedYaml.class.getClassLoader().getResourceAsStream(resource)) {
            return in == null ? null : YAML.readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + resource + ": " + e.getMessage(), e);
        }
    }

    private static JsonNode precompiled(String folder) {
        try (InputStream in = ShippedYaml.class.getClassLoader().getResourceAsStream(folder + PRECOMPILED)) {
            return in == null ? MissingNode.getInstance() : JSON.readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + folder + PRECOMPILED + ": " + e.getMessage(), e);
        }
    }

    /**
     * Writes {@value #PRECOMPILED} into each folder given: every {@code .yaml} file of it, parsed, under its name.
     * The build runs it on the jar's copies of the catalog, parameter and schema folders ({@code process-classes}).
     */
    public static void main(String[] folders) throws IOException {
        for (String folder : folders) {
            ObjectNode all = JSON.createObjectNode();
            try (Stream<Path> files = Files.list(Path.of(folder))) {
                for (Path file : files.filter(f -> f.getFileName().toString().endsWith(".yaml")).sorted().toList()) {
                    String name = file.getFileName().toString();
                    all.set(name.substring(0, name.length() - ".yaml".length()), YAML.readTree(file.toFile()));
                }
            }
            JSON.writeValue(Path.of(folder, PRECOMPILED).toFile(), all);
        }
    }
}
