package jp.kijun.facts;

import com.networknt.schema.Error;

import java.util.ArrayList;
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
            case "pattern" -> path + ": '" + error.getInstanceNode().asText() + "' is not of the expected form; expected "
                    + expected(schema, pointer, String.valueOf(error.getSchemaNode().asText()));
            default -> path + ": " + error.getMessage();
        };
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
