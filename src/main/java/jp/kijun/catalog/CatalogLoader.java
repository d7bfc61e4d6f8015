package jp.kijun.catalog;

import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads the catalog: {@code areas.yaml}, which lists the areas and their measures, then one
 * {@code <measure>.yaml} per measure. The shipped catalog is read from the class path.
 */
public final class CatalogLoader {

    /** Where the shipped catalog lies on the class path. */
    public static final String SHIPPED = "kijun/rules/catalog/";

    private static final ObjectMapper YAML = JsonMapper.builder(new YAMLFactory())
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
        AreaFile areaFile = read(resourceFolder + "areas.yaml", AreaFile.class);
        List<Area> areas = new ArrayList<>();
        List<Measure> measures = new ArrayList<>();
        for (PillarEntry pillar : areaFile.pillars()) {
            for (AreaEntry area : pillar.areas()) {
                areas.add(new Area(area.id(), pillar.id(), area.heading(), area.title()));
                for (String measureId : area.measures()) {
                    measures.add(read(resourceFolder + measureId + ".yaml", Measure.class));
                }
            }
        }
        return new Catalog(areas, measures);
    }

    private static <T> T read(String resource, Class<T> type) {
        try (InputStream in = CatalogLoader.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("catalog resource missing from the rule pack: " + resource);
            }
            return YAML.readValue(in, type);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read catalog resource " + resource + ": " + e.getMessage(), e);
        }
    }
}
