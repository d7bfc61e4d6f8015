package jp.kijun.catalog;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiFunction;

/**
 * Reads the catalog: {@code areas.yaml}, which lists the areas and their measures, then one
 * {@code <measure>.yaml} per measure. The shipped catalog is read from the class path, through {@link ShippedYaml}.
 */
public final class CatalogLoader {

    /** Where the shipped catalog lies on the class path. */
    public static final String SHIPPED = "kijun/rules/catalog/";

    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .enable(MapperFeature.ACCEPT_CASE_INSENSITIVE_ENUMS)
            .enable(com.fasterxml.jackson.databind.DeserializationFeature.ACCEPT_SINGLE_VALUE_AS_ARRAY)
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

    /** A catalog from a class-path folder laid out as the shipped one ({@code areas.yaml}, then one file per measure). */
    public static Catalog load(String resourceFolder) {
        return load(resourceFolder, ShippedYaml::read);
    }

    /** The catalog read from its YAML files even where the build precompiled them (to compare the two). */
    static Catalog loadYaml(String resourceFolder) {
        return load(resourceFolder, ShippedYaml::readYaml);
    }

    private static Catalog load(String resourceFolder, BiFunction<String, String, JsonNode> files) {
        AreaFile areaFile = read(resourceFolder, "areas", AreaFile.class, files);
        List<Area> areas = new ArrayList<>();
        List<Measure> measures = new ArrayList<>();
        for (PillarEntry pillar : areaFile.pillars()) {
            for (AreaEntry area : pillar.areas()) {
                areas.add(new Area(area.id(), pillar.id(), area.heading(), area.title()));
                for (String measureId : area.measures()) {
                    measures.add(read(resourceFolder, measureId, Measure.class, files));
                }
            }
        }
        return new Catalog(areas, measures);
    }

    private static <T> T read(String folder, String name, Class<T> type, BiFunction<String, String, JsonNode> files) {
        JsonNode tree = files.apply(folder, name);
        if (tree == null) {
            throw new IllegalStateException("catalog resource missing from the rule pack: " + folder + name + ".yaml");
        }
        try {
            return MAPPER.treeToValue(tree, type);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read catalog resource " + folder + name + ".yaml: " + e.getMessage(), e);
        }
    }
}
