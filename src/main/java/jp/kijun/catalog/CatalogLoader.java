package jp.kijun.catalog;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * Reads the catalog: {@code areas.yaml}, which lists the areas and their measures, then one
 * {@code <measure>.yaml} per measure. The shipped catalog is read from the class path — from
 * {@value #PRECOMPILED}, the same files as one JSON document that the build writes beside them (see
 * {@link #main}), when it is there: reading 200 KB of YAML was a tenth of a cold start.
 */
public final class CatalogLoader {

    /** Where the shipped catalog lies on the class path. */
    public static final String SHIPPED = "kijun/rules/catalog/";

    /** The catalog's YAML files as one JSON object, file name (without {@code .yaml}) to content. */
    public static final String PRECOMPILED = "catalog.json";

    private static final ObjectMapper YAML = JsonMapper.builder(new YAMLFactory())
            .enable(MapperFeature.ACCEPT_CASE_INSENSITIVE_ENUMS)
            .build();
    private static final ObjectMapper JSON = JsonMapper.builder()
            .enable(MapperFeature.ACCEPT_CASE_INSENSITIVE_ENUMS)
            .build();

    private record AreaFile(List<PillarEntry> pillars) {
    }

    private record PillarEntry(String id, String heading, Text title, List<AreaEntry> areas) {
    }

    private record AreaEntry(String id, String heading, Text title, List<String> measures) {
    }

    private CatalogLoader() {
    }

    private static Catalog shipped;

    /** The catalog that ships in the jar, read once per process. */
    public static synchronized Catalog shipped() {
        if (shipped == null) {
            shipped = load(SHIPPED);
        }
        return shipped;
    }

    static Catalog load(String resourceFolder) {
        JsonNode precompiled = precompiled(resourceFolder);
        return load(resourceFolder, precompiled);
    }

    /** The catalog read from its YAML files, even when a precompiled copy is there (to compare the two). */
    static Catalog loadYaml(String resourceFolder) {
        return load(resourceFolder, null);
    }

    private static Catalog load(String resourceFolder, JsonNode precompiled) {
        AreaFile areaFile = read(resourceFolder, "areas", AreaFile.class, precompiled);
        List<Area> areas = new ArrayList<>();
        List<Measure> measures = new ArrayList<>();
        for (PillarEntry pillar : areaFile.pillars()) {
            for (AreaEntry area : pillar.areas()) {
                areas.add(new Area(area.id(), pillar.id(), area.heading(), area.title()));
                for (String measureId : area.measures()) {
                    measures.add(read(resourceFolder, measureId, Measure.class, precompiled));
                }
            }
        }
        return new Catalog(areas, measures);
    }

    private static JsonNode precompiled(String resourceFolder) {
        try (InputStream in = CatalogLoader.class.getClassLoader().getResourceAsStream(resourceFolder + PRECOMPILED)) {
            return in == null ? null : JSON.readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + resourceFolder + PRECOMPILED + ": " + e.getMessage(), e);
        }
    }

    private static <T> T read(String folder, String name, Class<T> type, JsonNode precompiled) {
        if (precompiled != null && precompiled.has(name)) {
            try {
                return JSON.treeToValue(precompiled.get(name), type);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read " + name + " from " + folder + PRECOMPILED + ": "
                        + e.getMessage(), e);
            }
        }
        String resource = folder + name + ".yaml";
        try (InputStream in = CatalogLoader.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("catalog resource missing from the rule pack: " + resource);
            }
            return YAML.readValue(in, type);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read catalog resource " + resource + ": " + e.getMessage(), e);
        }
    }

    /**
     * Writes {@value #PRECOMPILED} into a catalog folder: every {@code .yaml} file of it, parsed, under its name.
     * The build runs it on the copy of {@code rules/catalog/} in the jar ({@code process-classes}).
     *
     * @param args the folder
     */
    public static void main(String[] args) throws IOException {
        Path folder = Path.of(args[0]);
        ObjectNode all = JSON.createObjectNode();
        try (Stream<Path> files = Files.list(folder)) {
            for (Path file : files.filter(f -> f.getFileName().toString().endsWith(".yaml")).sorted().toList()) {
                String name = file.getFileName().toString();
                all.set(name.substring(0, name.length() - ".yaml".length()), YAML.readTree(file.toFile()));
            }
        }
        JSON.writeValue(folder.resolve(PRECOMPILED).toFile(), all);
    }
}
