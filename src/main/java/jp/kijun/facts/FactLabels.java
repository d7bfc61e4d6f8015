package jp.kijun.facts;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.Collection;
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
        if (node.has("x-enum-titles")) {
            return node.get("x-enum-titles");
        }
        JsonNode type = schema.deref(node);
        if (type.has("x-enum-titles")) {
            return type.get("x-enum-titles");
        }
        return type.has("items") ? titlesOf(schema, type.get("items")) : null;
    }
}
