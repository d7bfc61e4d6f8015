package jp.kijun.report;

import com.fasterxml.jackson.databind.JsonNode;
import jp.kijun.catalog.Text;
import jp.kijun.facts.FactSchema;

/** The words reports use for a cited fact's type: the schema's titles, e.g. 文書 / Document for {@code document}. */
final class FactTypeLabels {

    private static final Text SECTION = new Text("記録の節", "Section");

    private final FactSchema schema;

    FactTypeLabels(FactSchema schema) {
        this.schema = schema;
    }

    /** The title of {@code type} in Japanese and English; the type's own name where the schema has no title. */
    Text of(String type) {
        if (type.equals("section")) {
            return SECTION;
        }
        JsonNode definition = schema.definition(type).orElse(null);
        if (definition == null || !definition.has("title")) {
            return new Text(type, type);
        }
        String ja = definition.get("title").asText();
        return new Text(ja, definition.path("x-title-en").asText(ja));
    }
}
