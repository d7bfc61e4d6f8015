package jp.kijun.config;

import com.fasterxml.jackson.databind.JsonNode;
import jp.kijun.facts.InputLimits;
import jp.kijun.facts.InputProblem;
import jp.kijun.facts.InputText;
import jp.kijun.facts.InvalidInputException;
import jp.kijun.facts.LocatedDocument;
import jp.kijun.facts.LocatedTreeReader;
import jp.kijun.facts.Source;
import org.apache.commons.configuration2.PropertiesConfiguration;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * An organisation's config file ({@code --config}): parameter values as {@code name = value} properties (read with
 * Apache Commons Configuration's properties reader, without its {@code include} directive) or a YAML mapping (read
 * like every other YAML input, within the same limits). Lists are comma-separated in properties, YAML lists in YAML.
 * Every name is located at its line; a name given twice is an input error.
 *
 * @param values    the values by parameter name, each with its origin
 * @param locations where each name is written, for problems
 */
public record ConfigFile(Map<String, LayerValue> values, Map<String, Source> locations) {

    private static final String EXPECTED = "a config file (.properties, .yaml or .yml)";

    /** Reads a config file within the default limits. */
    public static ConfigFile read(Path file) throws InvalidInputException {
        return read(file, InputLimits.defaults());
    }

    public static ConfigFile read(Path file, InputLimits limits) throws InvalidInputException {
        String name = file.toString();
        InputText text = InputText.read(file, name, EXPECTED, limits);
        String lower = name.toLowerCase(Locale.ROOT);
        return lower.endsWith(".yaml") || lower.endsWith(".yml") ? yaml(text, limits) : properties(text);
    }

    private static ConfigFile yaml(InputText text, InputLimits limits) throws InvalidInputException {
        LocatedDocument document = LocatedTreeReader.read(text, false, EXPECTED, limits);
        if (!document.root().isObject()) {
            throw new InvalidInputException(new InputProblem(document.locate(""),
                    "expected a mapping of parameter names to values, such as 'passwordMinLength: 14'"));
        }
        Map<String, LayerValue> values = new LinkedHashMap<>();
        Map<String, Source> locations = new LinkedHashMap<>();
        flatten(document, document.root(), "", "", values, locations);
        return new ConfigFile(values, locations);
    }

    /** Nested mappings give dotted names, as Commons Configuration's hierarchical keys do. */
    private static void flatten(LocatedDocument document, JsonNode node, String prefix, String pointer,
                                Map<String, LayerValue> values, Map<String, Source> locations) {
        node.fields().forEachRemaining(field -> {
            String key = prefix.isEmpty() ? field.getKey() : prefix + "." + field.getKey();
            String child = pointer + "/" + LocatedTreeReader.escape(field.getKey());
            JsonNode value = field.getValue();
            if (value.isObject() && !value.isEmpty()) {
                flatten(document, value, key, child, values, locations);
                return;
            }
            Source where = document.locate(child);
            values.put(key, new LayerValue(scalarOrList(value), where.fileAndLine()));
            locations.put(key, where);
        });
    }

    /** Values as text, as in a properties file: a number too large for its parameter is then reported as such. */
    private static Object scalarOrList(JsonNode value) {
        if (value.isArray()) {
            List<String> items = new ArrayList<>();
            value.forEach(item -> items.add(item.isContainerNode() ? item.toString() : item.asText()));
            return items;
        }
        return value.isNull() ? "" : value.isContainerNode() ? value.toString() : value.asText();
    }

    private static ConfigFile properties(InputText text) throws InvalidInputException {
        Map<String, LayerValue> values = new LinkedHashMap<>();
        Map<String, Source> locations = new LinkedHashMap<>();
        List<InputProblem> problems = new ArrayList<>();
        try (PropertiesConfiguration.PropertiesReader reader =
                     new PropertiesConfiguration.PropertiesReader(new StringReader(text.text()))) {
            int linesBefore = 0;
            while (reader.nextProperty()) {
                int line = linesBefore + reader.getCommentLines().size() + 1;
                linesBefore = reader.getLineNumber();
                String key = reader.getPropertyName();
                Source where = new Source(text.name(), line, 1);
                Source first = locations.putIfAbsent(key, where);
                if (first != null) {
                    problems.add(new InputProblem(where, "'" + key + "' is given twice (first at line " + first.line()
                            + "); expected each name once"));
                    continue;
                }
                values.put(key, new LayerValue(reader.getPropertyValue(), where.fileAndLine()));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        return new ConfigFile(values, locations);
    }
}
