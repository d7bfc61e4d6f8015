package jp.kijun.facts;

import com.networknt.schema.Error;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** Turns schema validation errors into one line that says where and what was expected. */
final class SchemaMessages {

    private SchemaMessages() {
    }

    static String describe(Error error, String pointer, DocumentSchema schema) {
        String path = FactPaths.display(pointer);
        String keyword = error.getKeyword() == null ? "" : error.getKeyword();
        return switch (keyword) {
            case "additionalProperties" -> unknownField(error, path, schema);
            case "required" -> FactPaths.display(error.getInstanceLocation().toString()) + ": missing required field '"
                    + error.getProperty() + "'";
            case "format" -> path + ": '" + error.getInstanceNode().asText() + "' is not a valid "
                    + (String.valueOf(error.getSchemaNode()).contains("date") ? "date; expected an ISO date such as 2026-04-01"
                    : "value for its format");
            case "pattern" -> path + ": '" + error.getInstanceNode().asText() + "' is not of the expected form; expected "
                    + expected(schema, pointer, String.valueOf(error.getSchemaNode().asText()));
            default -> path + ": " + error.getMessage();
        };
    }

    /** How many accepted codes a message lists in full; past that, the nearest {@link #NEAREST} to the bad value. */
    static final int LISTED_CODES = 12;
    static final int NEAREST = 6;

    /**
     * A value that is none of the codes its field accepts: the value, the code meant — the one whose Japanese label it
     * is, or the nearest when one is close enough —, and the accepted codes with their Japanese labels — all of them when there are few, else the
     * nearest few and how many more {@code kijun schema} lists.
     */
    static String unknownCode(String pointer, JsonNode value, Map<String, String> codes) {
        String bad = value == null || value.isNull() ? "null" : value.asText();
        StringBuilder message = new StringBuilder(FactPaths.display(pointer)).append(": unknown code '").append(bad)
                .append("'");
        codes.entrySet().stream().filter(code -> code.getValue().equals(bad)).map(Map.Entry::getKey).findFirst()
                .or(() -> Suggestion.closest(bad, codes.keySet()))
                .ifPresent(code -> message.append("; did you mean '").append(code).append("'（").append(codes.get(code))
                        .append("）?"));
        List<String> listed = new ArrayList<>(codes.keySet());
        if (listed.size() > LISTED_CODES) {
            listed.sort(Comparator.comparingInt(code -> Suggestion.distance(code.toLowerCase(java.util.Locale.ROOT),
                    bad.toLowerCase(java.util.Locale.ROOT))));
            message.append(" (the nearest of the ").append(codes.size()).append(" accepted codes: ")
                    .append(labelled(listed.subList(0, NEAREST), codes))
                    .append(", …; kijun schema lists them all)");
        } else {
            message.append(" (expected one of: ").append(labelled(listed, codes)).append(")");
        }
        return message.toString();
    }

    private static String labelled(List<String> codes, Map<String, String> labels) {
        return codes.stream().map(code -> code.equals(labels.get(code)) ? code : code + "（" + labels.get(code) + "）")
                .collect(Collectors.joining(", "));
    }

    /** What the field holds, from its schema's description; the pattern itself when there is none. */
    private static String expected(DocumentSchema schema, String pointer, String pattern) {
        return schema.typeAt(pointer)
                .map(type -> type.path("description").asText(""))
                .filter(description -> !description.isBlank())
                .orElse("text matching " + pattern);
    }

    private static String unknownField(Error error, String path, DocumentSchema schema) {
        String parent = error.getInstanceLocation().toString();
        List<String> known = new ArrayList<>();
        schema.typeAt(parent).ifPresent(type -> type.path("properties").fieldNames().forEachRemaining(known::add));
        known.remove("$schema");
        String unknown = error.getProperty();
        StringBuilder message = new StringBuilder(path).append(": unknown field '").append(unknown).append("'");
        Suggestion.closest(unknown, known)
                .ifPresent(candidate -> message.append("; did you mean '").append(candidate).append("'?"));
        if (!known.isEmpty()) {
            message.append(" (expected one of: ").append(String.join(", ", known)).append(")");
        }
        return message.toString();
    }
}
