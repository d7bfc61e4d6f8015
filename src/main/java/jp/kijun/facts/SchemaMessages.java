package jp.kijun.facts;

import com.networknt.schema.Error;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

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
            default -> path + ": " + error.getMessage();
        };
    }

    private static String unknownField(Error error, String path, DocumentSchema schema) {
        String parent = error.getInstanceLocation().toString();
        List<String> known = new ArrayList<>();
        schema.typeAt(parent).ifPresent(type -> type.path("properties").fieldNames().forEachRemaining(known::add));
        known.remove("$schema");
        String unknown = error.getProperty();
        StringBuilder message = new StringBuilder(path).append(": unknown field '").append(unknown).append("'");
        known.stream()
                .min(Comparator.comparingInt(candidate -> distance(candidate.toLowerCase(), unknown.toLowerCase())))
                .filter(candidate -> distance(candidate.toLowerCase(), unknown.toLowerCase()) <= Math.max(2, unknown.length() / 3))
                .ifPresent(candidate -> message.append("; did you mean '").append(candidate).append("'?"));
        if (!known.isEmpty()) {
            message.append(" (expected one of: ").append(String.join(", ", known)).append(")");
        }
        return message.toString();
    }

    /** Levenshtein distance: how many single-character edits turn one name into the other. */
    static int distance(String a, String b) {
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int substitution = previous[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
                current[j] = Math.min(substitution, Math.min(previous[j] + 1, current[j - 1] + 1));
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[b.length()];
    }
}
