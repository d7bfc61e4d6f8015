package jp.kijun.facts;

import com.networknt.schema.Error;

/** Turns schema validation errors into one line that says where and what was expected. */
final class SchemaMessages {

    private SchemaMessages() {
    }

    static String describe(Error error, String pointer) {
        String path = FactPaths.display(pointer);
        String keyword = error.getKeyword() == null ? "" : error.getKeyword();
        return switch (keyword) {
            case "additionalProperties" -> path + ": unknown field; expected only the fields the schema defines"
                    + " (see `kijun schema`)";
            case "required" -> FactPaths.display(error.getInstanceLocation().toString()) + ": missing required field '"
                    + error.getProperty() + "'";
            case "format" -> path + ": '" + error.getInstanceNode().asText() + "' is not a valid "
                    + (String.valueOf(error.getSchemaNode()).contains("date") ? "date; expected an ISO date such as 2026-04-01"
                    : "value for its format");
            default -> path + ": " + error.getMessage();
        };
    }
}
