package jp.kijun.facts;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The fact schema: JSON Schema 2020-12, the single source of truth for the fact format.
 * It is written in parts ({@code kijun/schema/*.schema.yaml}) and bundled here into one document.
 */
public final class FactSchema {

    private static final String FOLDER = "kijun/schema/";
    private static final FactSchema SHIPPED = bundle();

    private final DocumentSchema schema;
    private final Map<String, String> partOf;

    private FactSchema(DocumentSchema schema, Map<String, String> partOf) {
        this.schema = schema;
        this.partOf = Map.copyOf(partOf);
    }

    /** The schema that ships with this version of kijun. */
    public static FactSchema shipped() {
        return SHIPPED;
    }

    /** The schema as a validator of files. */
    public DocumentSchema schema() {
        return schema;
    }

    /** The bundled schema as one JSON document, as {@code kijun schema} prints it. */
    public ObjectNode document() {
        return schema.document();
    }

    /** The definition named {@code name} in {@code $defs}. */
    public Optional<JsonNode> definition(String name) {
        return Optional.ofNullable(schema.root().path("$defs").get(name));
    }

    /** The top-level sections: property name to its schema. */
    public Map<String, JsonNode> sections() {
        Map<String, JsonNode> sections = new LinkedHashMap<>();
        schema.root().path("properties").fields().forEachRemaining(field -> {
            if (!field.getKey().equals("$schema")) {
                sections.put(field.getKey(), field.getValue());
            }
        });
        return sections;
    }

    /**
     * The labels of the codes an enumeration accepts ({@code x-enum-titles}), for a property schema or a type: its own,
     * those of the type it refers to, those of every alternative of an {@code anyOf} of enumerations together (as the
     * clause topics of every domain are), or those of a list's items; null when it is no enumeration.
     */
    public JsonNode enumTitles(JsonNode node) {
        if (node == null) {
            return null;
        }
        if (node.has("x-enum-titles")) {
            return node.get("x-enum-titles");
        }
        JsonNode type = deref(node);
        if (type.has("x-enum-titles")) {
            return type.get("x-enum-titles");
        }
        if (type.has("anyOf")) {
            ObjectNode merged = com.fasterxml.jackson.databind.node.JsonNodeFactory.instance.objectNode();
            for (JsonNode alternative : type.get("anyOf")) {
                JsonNode titles = enumTitles(alternative);
                if (titles != null) {
                    merged.setAll((ObjectNode) titles);
                }
            }
            return merged.isEmpty() ? null : merged;
        }
        return type.has("items") ? enumTitles(type.get("items")) : null;
    }

    /** See {@link DocumentSchema#deref(JsonNode)}. */
    public JsonNode deref(JsonNode node) {
        return schema.deref(node);
    }

    /** See {@link DocumentSchema#typeAt(String)}. */
    public Optional<JsonNode> typeAt(String pointer) {
        return schema.typeAt(pointer);
    }

    /** See {@link DocumentSchema#refName(JsonNode)}. */
    public static Optional<String> refName(JsonNode node) {
        return DocumentSchema.refName(node);
    }

    /**
     * The part file ({@code governance} for {@code governance.schema.yaml}) that defines the type {@code name}: the
     * domain its generated record lives in ({@code jp.kijun.facts.model.governance}).
     */
    public Optional<String> partOf(String name) {
        return Optional.ofNullable(partOf.get(name));
    }

    private static FactSchema bundle() {
        ObjectNode root = (ObjectNode) DocumentSchema.readResource(FOLDER + "facts.schema.yaml");
        ObjectNode defs = root.putObject("$defs");
        Map<String, String> parts = new LinkedHashMap<>();
        for (JsonNode part : root.remove("x-kijun-parts")) {
            Iterator<Map.Entry<String, JsonNode>> entries =
                    DocumentSchema.readResource(FOLDER + part.asText() + ".schema.yaml").path("$defs").fields();
            entries.forEachRemaining(entry -> {
                if (defs.has(entry.getKey())) {
                    throw new IllegalStateException("schema type '" + entry.getKey() + "' is defined twice");
                }
                defs.set(entry.getKey(), entry.getValue());
                parts.put(entry.getKey(), part.asText());
            });
        }
        return new FactSchema(new DocumentSchema(root), parts);
    }
}
