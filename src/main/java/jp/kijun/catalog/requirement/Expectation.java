package jp.kijun.catalog.requirement;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * What a field of every inventory entry must hold, as written after {@code expect:} — {@code present}, or one of
 * {@code {equals: v}}, {@code {oneOf: [..]}}, {@code {noneOf: [..]}}, {@code {includes: code}},
 * {@code {atLeast: parameter}}, {@code {atMost: parameter}}, {@code {withinMonths: parameter}},
 * {@code {notPast: true}}, {@code {notPastBy: parameter}}.
 *
 * @param kind      which of them
 * @param values    the values named by equals, oneOf, noneOf and includes (as text)
 * @param parameter the parameter named by atLeast, atMost, withinMonths and notPastBy
 */
public record Expectation(Kind kind, List<String> values, String parameter) {

    /** The kinds of expectation. */
    public enum Kind { PRESENT, EQUALS, ONE_OF, NONE_OF, INCLUDES, AT_LEAST, AT_MOST, WITHIN_MONTHS, NOT_PAST, NOT_PAST_BY }

    private static final Map<String, Kind> NAMES = Map.of("equals", Kind.EQUALS, "oneOf", Kind.ONE_OF,
            "noneOf", Kind.NONE_OF, "includes", Kind.INCLUDES, "atLeast", Kind.AT_LEAST, "atMost", Kind.AT_MOST,
            "withinMonths", Kind.WITHIN_MONTHS, "notPast", Kind.NOT_PAST, "notPastBy", Kind.NOT_PAST_BY);

    public Expectation {
        values = values == null ? List.of() : List.copyOf(values);
    }

    /** Reads {@code present} or a mapping of one expectation to its value. */
    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    public static Expectation of(JsonNode node) {
        if (node.isTextual() && node.asText().equals("present")) {
            return new Expectation(Kind.PRESENT, List.of(), null);
        }
        if (!node.isObject() || node.size() != 1) {
            throw new IllegalArgumentException("expect: expected 'present' or one of " + NAMES.keySet()
                    + " with its value, found " + node);
        }
        String name = node.fieldNames().next();
        Kind kind = NAMES.get(name);
        if (kind == null) {
            throw new IllegalArgumentException("expect: unknown expectation '" + name + "'; expected 'present' or one of "
                    + NAMES.keySet());
        }
        JsonNode value = node.get(name);
        return switch (kind) {
            case EQUALS, INCLUDES -> new Expectation(kind, List.of(value.asText()), null);
            case ONE_OF, NONE_OF -> {
                List<String> values = new ArrayList<>();
                value.forEach(v -> values.add(v.asText()));
                yield new Expectation(kind, values, null);
            }
            case NOT_PAST -> new Expectation(kind, List.of(), null);
            default -> new Expectation(kind, List.of(), value.asText());
        };
    }
}
