package jp.kijun.facts;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The words people use for facts: the schema's Japanese (and English) titles of sections and fields and the
 * labels of enum values. Lets Japanese scenarios and reports speak of 「利用者アカウント」 and 「共用」 where files say
 * {@code accounts} and {@code shared}.
 */
public final class FactVocabulary {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private final FactSchema schema;

    public FactVocabulary(FactSchema schema) {
        this.schema = schema;
    }

    /** A field of a section, resolved from a title path such as {@code 可用性.待機系}. */
    public record Field(List<String> path, JsonNode schema) {

        public String name() {
            return String.join(".", path);
        }
    }

    /** The section whose title (ja or en), or name, is {@code title}. */
    public Optional<String> section(String title) {
        for (Map.Entry<String, JsonNode> section : schema.sections().entrySet()) {
            JsonNode node = section.getValue();
            JsonNode type = schema.deref(node);
            if (section.getKey().equals(title) || matches(node, title) || (!node.has("title") && matches(type, title))) {
                return Optional.of(section.getKey());
            }
        }
        return Optional.empty();
    }

    /** The schema of one entry of a section (the item type of a list section). */
    public JsonNode entryType(String section) {
        JsonNode node = schema.sections().get(section);
        JsonNode type = schema.deref(node);
        return type.has("items") ? schema.deref(type.get("items")) : type;
    }

    /** Resolves a dotted path of field titles (or names) within a section's entries. */
    public Optional<Field> field(String section, String titlePath) {
        JsonNode type = entryType(section);
        List<String> names = new ArrayList<>();
        JsonNode fieldSchema = null;
        for (String title : titlePath.split("\\.")) {
            Optional<Map.Entry<String, JsonNode>> property = property(type, title.strip());
            if (property.isEmpty()) {
                return Optional.empty();
            }
            names.add(property.get().getKey());
            fieldSchema = property.get().getValue();
            type = schema.deref(fieldSchema);
        }
        return Optional.ofNullable(fieldSchema).map(s -> new Field(names, s));
    }

    /** The titles of a type's properties, for messages that list what is possible. */
    public List<String> fieldTitles(String section) {
        List<String> titles = new ArrayList<>();
        entryType(section).path("properties").fields()
                .forEachRemaining(p -> titles.add(titleOf(p.getValue(), p.getKey())));
        return titles;
    }

    /**
     * Turns the text of a table cell into a value of the field's type: integers, booleans (はい/いいえ), lists
     * separated by 、 or commas, enum values given by code or by Japanese or English label, text as is.
     */
    public JsonNode value(Field field, String text) {
        JsonNode type = schema.deref(field.schema());
        String kind = type.path("type").asText("string");
        if (kind.equals("array")) {
            ArrayNode array = NODES.arrayNode();
            if (!text.isBlank()) {
                JsonNode items = field.schema().has("x-kijun-ref") ? schema.deref(type.get("items")) : type.get("items");
                for (String part : text.split("[、,]")) {
                    array.add(scalar(items == null ? NODES.objectNode() : items, part.strip()));
                }
            }
            return array;
        }
        return scalar(field.schema(), text.strip());
    }

    private JsonNode scalar(JsonNode fieldSchema, String text) {
        JsonNode type = schema.deref(fieldSchema);
        String kind = type.path("type").asText("string");
        switch (kind) {
            case "integer":
                try {
                    return NODES.numberNode(new BigInteger(text));
                } catch (NumberFormatException e) {
                    return NODES.textNode(text);
                }
            case "boolean":
                return switch (text) {
                    case "はい", "true", "yes" -> NODES.booleanNode(true);
                    case "いいえ", "false", "no" -> NODES.booleanNode(false);
                    default -> NODES.textNode(text);
                };
            default:
                return NODES.textNode(enumCode(schema.enumTitles(fieldSchema), text).orElse(text));
        }
    }

    /** The enum code whose label (ja or en) or code is {@code text}, among the labels {@code titles}. */
    public static Optional<String> enumCode(JsonNode titles, String text) {
        if (titles == null) {
            return Optional.empty();
        }
        Iterator<Map.Entry<String, JsonNode>> values = titles.fields();
        while (values.hasNext()) {
            Map.Entry<String, JsonNode> value = values.next();
            if (value.getKey().equals(text) || value.getValue().path("ja").asText().equals(text)
                    || value.getValue().path("en").asText().equalsIgnoreCase(text)) {
                return Optional.of(value.getKey());
            }
        }
        return Optional.empty();
    }

    private Optional<Map.Entry<String, JsonNode>> property(JsonNode type, String title) {
        Iterator<Map.Entry<String, JsonNode>> properties = type.path("properties").fields();
        while (properties.hasNext()) {
            Map.Entry<String, JsonNode> property = properties.next();
            if (property.getKey().equals(title) || matches(property.getValue(), title)
                    || (!property.getValue().has("title") && matches(schema.deref(property.getValue()), title))) {
                return Optional.of(property);
            }
        }
        return Optional.empty();
    }

    private static boolean matches(JsonNode node, String title) {
        return title.equals(node.path("title").asText(null)) || title.equalsIgnoreCase(node.path("x-title-en").asText(""));
    }

    private String titleOf(JsonNode node, String fallback) {
        if (node.has("title")) {
            return node.get("title").asText();
        }
        return schema.deref(node).path("title").asText(fallback);
    }
}
