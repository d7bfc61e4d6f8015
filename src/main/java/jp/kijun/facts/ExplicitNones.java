package jp.kijun.facts;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * Finds the fields an entry records as none — empty lists, and the word {@code none} where the schema accepts it
 * ({@code x-kijun-none}) — and takes the {@code none} words out so that the entry binds to its record with those
 * fields left empty; the {@link ExplicitNone} facts say that they were recorded as none.
 */
final class ExplicitNones {

    static final String NONE = "none";

    private ExplicitNones() {
    }

    /**
     * The entry to bind, without its {@code none} words (a copy when it has any), adding the dotted path of each field
     * recorded as none to {@code paths}.
     */
    static JsonNode take(FactSchema schema, JsonNode entry, JsonNode sectionSchema, boolean list, List<String> paths) {
        JsonNode type = schema.deref(list ? schema.deref(sectionSchema).path("items") : sectionSchema);
        boolean[] hasWords = {false};
        walk(schema, entry, type, "", paths, hasWords);
        if (!hasWords[0]) {
            return entry;
        }
        JsonNode copy = entry.deepCopy();
        strip(schema, copy, type);
        return copy;
    }

    private static void walk(FactSchema schema, JsonNode node, JsonNode type, String prefix, List<String> paths,
                             boolean[] hasWords) {
        if (!node.isObject()) {
            return;
        }
        Iterator<Map.Entry<String, JsonNode>> fields = node.fields();
        while (fields.hasNext()) {
            Map.Entry<String, JsonNode> field = fields.next();
            JsonNode property = type.path("properties").get(field.getKey());
            if (property == null) {
                continue;
            }
            JsonNode value = field.getValue();
            String path = prefix + field.getKey();
            if (value.isArray() && value.isEmpty()) {
                paths.add(path);
            } else if (isNoneWord(value, property)) {
                paths.add(path);
                hasWords[0] = true;
            } else if (value.isObject()) {
                walk(schema, value, schema.deref(property), path + ".", paths, hasWords);
            }
        }
    }

    private static void strip(FactSchema schema, JsonNode node, JsonNode type) {
        if (!(node instanceof ObjectNode object)) {
            return;
        }
        Iterator<Map.Entry<String, JsonNode>> fields = object.fields();
        while (fields.hasNext()) {
            Map.Entry<String, JsonNode> field = fields.next();
            JsonNode property = type.path("properties").get(field.getKey());
            if (property == null) {
                continue;
            }
            if (isNoneWord(field.getValue(), property)) {
                fields.remove();
            } else if (field.getValue().isObject()) {
                strip(schema, field.getValue(), schema.deref(property));
            }
        }
    }

    private static boolean isNoneWord(JsonNode value, JsonNode property) {
        return value.isTextual() && NONE.equals(value.asText()) && property.path("x-kijun-none").asBoolean(false);
    }
}
