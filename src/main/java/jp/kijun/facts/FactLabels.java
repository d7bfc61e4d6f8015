package jp.kijun.facts;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

/**
 * The labels that the fact schema gives the codes of its enumerations ({@code x-enum-titles}), for the messages of
 * rules and reports: kept in the schema only, so that a finding says what the schema, an editor and
 * {@code kijun init} say.
 *
 * <p>An enumeration is named by its location in the schema: a definition, then properties, separated by dots —
 * {@code informationSystem.criticality}, {@code credentialPolicy.storage}, {@code threat}; a list property stands
 * for its items ({@code logSource.events}).
 */
public final class FactLabels {

    private static final Map<String, JsonNode> TITLES = new ConcurrentHashMap<>();

    private FactLabels() {
    }

    /** The Japanese label of {@code code}; the code itself when the schema gives it none. */
    public static String ja(String location, Object code) {
        return title(location, code, "ja");
    }

    /** The Japanese labels of {@code codes}, joined with 、; empty for none. */
    public static String ja(String location, Collection<?> codes) {
        return titles(location, codes, "ja");
    }

    /** The labels of {@code codes} in {@code language}, joined with 、 in Japanese and ", " in English. */
    public static String titles(String location, Collection<?> codes, String language) {
        return codes.stream().map(code -> title(location, code, language))
                .collect(Collectors.joining("ja".equals(language) ? "、" : ", "));
    }

    /** The English label of {@code code}; the code itself when the schema gives it none. */
    public static String en(String location, Object code) {
        return title(location, code, "en");
    }

    /**
     * The label of {@code code} in {@code language} ({@code ja} or {@code en}); the code itself when the schema gives
     * it none, and an empty text for no code.
     *
     * @throws IllegalArgumentException when {@code location} names no enumeration with labels
     */
    public static String title(String location, Object code, String language) {
        if (code == null) {
            return "";
        }
        String text = String.valueOf(code);
        return titlesAt(location).path(text).path(language).asText(text);
    }

    /** The title of a section in {@code language}: 利用者アカウント for {@code accounts}; the name when it has none. */
    public static String section(String section, String language) {
        FactSchema schema = FactSchema.shipped();
        JsonNode node = schema.sections().get(section);
        if (node == null) {
            return section;
        }
        JsonNode titled = node.has("title") ? node : schema.deref(node);
        return titled.path("ja".equals(language) ? "title" : "x-title-en").asText(section);
    }

    /**
     * The title of a field of a section's entries, named by its dotted path, in {@code language}: 消去の確認者 for
     * {@code disposals} and {@code erasure.confirmedBy} (in English "Confirmed by (Erasure)"); the path when the schema
     * has no such field.
     */
    public static String field(String section, String path, String language) {
        FactSchema schema = FactSchema.shipped();
        FactVocabulary vocabulary = new FactVocabulary(schema);
        if (schema.sections().get(section) == null) {
            return path;
        }
        List<String> titles = new ArrayList<>();
        JsonNode type = vocabulary.entryType(section);
        for (String step : path.split("\\.")) {
            JsonNode property = type.path("properties").get(step);
            if (property == null) {
                return path;
            }
            JsonNode titled = property.has("title") ? property : schema.deref(property);
            titles.add(titled.path("ja".equals(language) ? "title" : "x-title-en").asText(step));
            JsonNode next = schema.deref(property);
            type = next.has("items") ? schema.deref(next.get("items")) : next;
        }
        if ("ja".equals(language)) {
            return String.join("の", titles);
        }
        String leaf = titles.get(titles.size() - 1);
        return titles.size() == 1 ? leaf : leaf + " (" + String.join(", ", titles.subList(0, titles.size() - 1)) + ")";
    }

    /** The label of a value of a section's field in {@code language}: its enumeration label, or the value as it is. */
    public static String value(String section, String path, Object value, String language) {
        if (value == null) {
            return "";
        }
        FactSchema schema = FactSchema.shipped();
        if (schema.sections().get(section) == null) {
            return String.valueOf(value);
        }
        JsonNode type = new FactVocabulary(schema).entryType(section);
        JsonNode property = null;
        for (String step : path.split("\\.")) {
            property = type.path("properties").get(step);
            if (property == null) {
                return String.valueOf(value);
            }
            JsonNode next = schema.deref(property);
            type = next.has("items") ? schema.deref(next.get("items")) : next;
        }
        JsonNode titles = schema.enumTitles(property);
        String text = String.valueOf(value);
        return titles == null ? text : titles.path(text).path(language).asText(text);
    }

    /** The {@code x-enum-titles} of the enumeration at {@code location}. */
    static JsonNode titlesAt(String location) {
        return TITLES.computeIfAbsent(location, FactLabels::find);
    }

    private static JsonNode find(String location) {
        FactSchema schema = FactSchema.shipped();
        String[] steps = location.split("\\.");
        JsonNode node = schema.definition(steps[0]).orElse(null);
        for (int i = 1; node != null && i < steps.length; i++) {
            node = schema.deref(node).path("properties").get(steps[i]);
        }
        JsonNode titles = node == null ? null : titlesOf(schema, node);
        if (titles == null) {
            throw new IllegalArgumentException("no enumeration with x-enum-titles at '" + location
                    + "' in the fact schema; expected a definition, then properties, separated by dots");
        }
        return titles;
    }

    private static JsonNode titlesOf(FactSchema schema, JsonNode node) {
        return schema.enumTitles(node);
    }
}
