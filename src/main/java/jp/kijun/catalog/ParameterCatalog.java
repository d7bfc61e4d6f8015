package jp.kijun.catalog;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Every parameter, with its default: {@code rules/parameters/general.yaml} for kijun's own, then one file per
 * measure, {@code rules/parameters/<measure>.yaml}, for the measures whose rules read parameters.
 * A parameter name is unique across all files.
 */
public final class ParameterCatalog {

    private static final String FOLDER = "kijun/rules/parameters/";
    /** Parameters of kijun itself, such as the longest duration of a waiver. */
    private static final String GENERAL = "general";
    private static final ObjectMapper MAPPER = JsonMapper.builder().build();

    private record Entry(String name, String type, String unit, @JsonProperty("default") Object defaultValue,
                         Text title, Text description, List<String> controls, Long minimum, List<String> allowed,
                         String appliesTo) {
    }

    private record File(List<Entry> parameters) {
    }

    private final Map<String, ParameterDefinition> definitions = new LinkedHashMap<>();

    private ParameterCatalog(List<ParameterDefinition> definitions) {
        for (ParameterDefinition definition : definitions) {
            if (this.definitions.putIfAbsent(definition.name(), definition) != null) {
                throw new IllegalStateException("parameter " + definition.name() + " is defined twice");
            }
        }
    }

    /** The parameters of the shipped rule pack, for the measures of {@code catalog}. */
    public static ParameterCatalog shipped(Catalog catalog) {
        List<ParameterDefinition> definitions = new ArrayList<>();
        List<String> files = new ArrayList<>(List.of(GENERAL));
        catalog.measures().forEach(measure -> files.add(measure.id()));
        for (String name : files) {
            String resource = FOLDER + name + ".yaml";
            try {
                com.fasterxml.jackson.databind.JsonNode tree = ShippedYaml.read(FOLDER, name);
                if (tree != null) {
                    definitions.addAll(definitions(MAPPER.treeToValue(tree, File.class)));
                }
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read " + resource, e);
            }
        }
        return new ParameterCatalog(definitions);
    }

    /** Reads a parameters file, parsed: {@code parameters:} and a list of definitions. */
    public static List<ParameterDefinition> parse(com.fasterxml.jackson.databind.JsonNode tree) throws IOException {
        return definitions(MAPPER.treeToValue(tree, File.class));
    }

    private static List<ParameterDefinition> definitions(File file) {
        return file.parameters().stream()
                .map(e -> new ParameterDefinition(e.name(), e.type(), e.unit(), normalise(e.defaultValue()),
                        e.title(), e.description(), e.controls(), e.minimum() == null ? 0 : e.minimum(),
                        e.allowed(), e.appliesTo()))
                .toList();
    }

    /** These parameters and those of rule packs; a name defined twice is refused. */
    public ParameterCatalog plus(List<ParameterDefinition> added) {
        List<ParameterDefinition> all = new ArrayList<>(definitions.values());
        all.addAll(added);
        return new ParameterCatalog(all);
    }

    public List<ParameterDefinition> all() {
        return List.copyOf(definitions.values());
    }

    public Optional<ParameterDefinition> named(String name) {
        return Optional.ofNullable(definitions.get(name));
    }

    /** The built-in value of every parameter, by name. */
    public Map<String, Object> defaults() {
        Map<String, Object> values = new LinkedHashMap<>();
        definitions.values().forEach(definition -> values.put(definition.name(), definition.defaultValue()));
        return values;
    }

    private static Object normalise(Object value) {
        if (value instanceof Number number) {
            return number.longValue();
        }
        if (value instanceof List<?> list) {
            return list.stream().map(String::valueOf).toList();
        }
        return value;
    }
}
