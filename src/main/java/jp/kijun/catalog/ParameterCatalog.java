package jp.kijun.catalog;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Every parameter the shipped rules read, with its default, from {@code rules/parameters.yaml}. */
public final class ParameterCatalog {

    private static final String RESOURCE = "kijun/rules/parameters.yaml";
    private static final ObjectMapper YAML = JsonMapper.builder(new YAMLFactory()).build();

    private record Entry(String name, String type, String unit, @JsonProperty("default") Object defaultValue,
                         Text title, Text description, List<String> controls) {
    }

    private record File(List<Entry> parameters) {
    }

    private final Map<String, ParameterDefinition> definitions = new LinkedHashMap<>();

    private ParameterCatalog(List<ParameterDefinition> definitions) {
        definitions.forEach(definition -> this.definitions.put(definition.name(), definition));
    }

    public static ParameterCatalog shipped() {
        try (InputStream in = ParameterCatalog.class.getClassLoader().getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("parameters missing from the rule pack: " + RESOURCE);
            }
            File file = YAML.readValue(in, File.class);
            return new ParameterCatalog(file.parameters().stream()
                    .map(e -> new ParameterDefinition(e.name(), e.type(), e.unit(), normalise(e.defaultValue()),
                            e.title(), e.description(), e.controls()))
                    .toList());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + RESOURCE, e);
        }
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
