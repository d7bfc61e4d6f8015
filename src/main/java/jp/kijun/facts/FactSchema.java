package jp.kijun.facts;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SchemaRegistryConfig;
import com.networknt.schema.SpecificationVersion;
import com.networknt.schema.path.PathType;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The fact schema: JSON Schema 2020-12, the single source of truth for the fact format.
 * It is written in parts ({@code kijun/schema/*.schema.yaml}) and bundled here into one document.
 */
public final class FactSchema {

    private static final String FOLDER = "kijun/schema/";
    private static final ObjectMapper YAML = JsonMapper.builder(new YAMLFactory()).build();
    private static final FactSchema SHIPPED = new FactSchema(bundle());

    private final ObjectNode document;
    private final Schema validator;

    private FactSchema(ObjectNode document) {
        this.document = document;
        SchemaRegistryConfig config = SchemaRegistryConfig.builder()
                .formatAssertionsEnabled(true)
                .pathType(PathType.JSON_POINTER)
                .build();
        SchemaRegistry registry = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12,
                builder -> builder.schemaRegistryConfig(config));
        this.validator = registry.getSchema(document);
    }

    /** The schema that ships with this version of kijun. */
    public static FactSchema shipped() {
        return SHIPPED;
    }

    /** The bundled schema as one JSON document, as {@code kijun schema} prints it. */
    public ObjectNode document() {
        return document.deepCopy();
    }

    /** Validates one parsed document; each error names its JSON Pointer. */
    List<Error> validate(JsonNode instance) {
        return validator.validate(instance);
    }

    /** The definition named {@code name} in {@code $defs}. */
    public Optional<JsonNode> definition(String name) {
        return Optional.ofNullable(document.path("$defs").get(name));
    }

    /** The top-level sections: property name to its schema. */
    public Map<String, JsonNode> sections() {
        Map<String, JsonNode> sections = new java.util.LinkedHashMap<>();
        document.path("properties").fields().forEachRemaining(field -> {
            if (!field.getKey().equals("$schema")) {
                sections.put(field.getKey(), field.getValue());
            }
        });
        return sections;
    }

    /** The schema that {@code schema} stands for: the target of its {@code $ref}, followed to the end. */
    public JsonNode deref(JsonNode schema) {
        JsonNode current = schema;
        Optional<String> name = refName(current);
        while (name.isPresent()) {
            current = document.path("$defs").path(name.get());
            name = refName(current);
        }
        return current;
    }

    /**
     * The schema of the instance node at {@code pointer} ({@code /accounts/3/lockout}), following properties,
     * array items and references; empty when the pointer leaves the schema.
     */
    public Optional<JsonNode> typeAt(String pointer) {
        JsonNode current = deref(document);
        if (pointer.isEmpty()) {
            return Optional.of(current);
        }
        for (String token : pointer.substring(1).split("/", -1)) {
            String name = token.replace("~1", "/").replace("~0", "~");
            JsonNode next = current.path("properties").get(name);
            if (next == null && current.has("items") && name.chars().allMatch(Character::isDigit)) {
                next = current.get("items");
            }
            if (next == null) {
                return Optional.empty();
            }
            current = deref(next);
        }
        return Optional.of(current);
    }

    /** The name of the definition that {@code schema} refers to, if it is a plain {@code $ref}. */
    public static Optional<String> refName(JsonNode schema) {
        JsonNode ref = schema.get("$ref");
        if (ref == null || !ref.asText().startsWith("#/$defs/")) {
            return Optional.empty();
        }
        return Optional.of(ref.asText().substring("#/$defs/".length()));
    }

    private static ObjectNode bundle() {
        ObjectNode root = (ObjectNode) readPart("facts");
        ObjectNode defs = root.putObject("$defs");
        for (JsonNode part : root.remove("x-kijun-parts")) {
            Iterator<Map.Entry<String, JsonNode>> entries = readPart(part.asText()).path("$defs").fields();
            entries.forEachRemaining(entry -> {
                if (defs.has(entry.getKey())) {
                    throw new IllegalStateException("schema type '" + entry.getKey() + "' is defined twice");
                }
                defs.set(entry.getKey(), entry.getValue());
            });
        }
        return root;
    }

    private static JsonNode readPart(String name) {
        String resource = FOLDER + name + ".schema.yaml";
        try (InputStream in = FactSchema.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("schema part missing from the jar: " + resource);
            }
            return YAML.readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read schema part " + resource, e);
        }
    }
}
