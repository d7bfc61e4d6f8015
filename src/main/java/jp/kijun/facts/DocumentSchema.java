package jp.kijun.facts;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jp.kijun.catalog.ShippedYaml;
import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SchemaRegistryConfig;
import com.networknt.schema.SpecificationVersion;
import com.networknt.schema.path.PathType;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A JSON Schema (2020-12) that kijun publishes for a kind of input file — facts, profiles, waivers — and
 * validates those files with, reporting every error as one located line.
 */
public final class DocumentSchema {

    /** Where the fact schema defines a date as recorded: an error beneath it is about one of its forms. */
    private static final String DATE_TYPE = "/$defs/date/";
    private static final Pattern TYPE_MISMATCH = Pattern.compile("(\\w+) found, (\\w+) expected");

    private final ObjectNode document;
    private final Schema validator;

    public DocumentSchema(ObjectNode document) {
        this.document = document;
        SchemaRegistryConfig config = SchemaRegistryConfig.builder()
                .formatAssertionsEnabled(true)
                .pathType(PathType.JSON_POINTER)
                .build();
        SchemaRegistry registry = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12,
                builder -> builder.schemaRegistryConfig(config));
        this.validator = registry.getSchema(document);
    }

    /** A schema written in YAML on the class path, e.g. {@code kijun/schema/profile.schema.yaml}. */
    public static DocumentSchema resource(String resource) {
        return new DocumentSchema((ObjectNode) readResource(resource));
    }

    /** A shipped schema written in YAML ({@code kijun/schema/….schema.yaml}), through {@link ShippedYaml}. */
    static JsonNode readResource(String resource) {
        int slash = resource.lastIndexOf('/') + 1;
        JsonNode tree = ShippedYaml.read(resource.substring(0, slash),
                resource.substring(slash, resource.length() - ".yaml".length()));
        if (tree == null) {
            throw new IllegalStateException("schema missing from the jar: " + resource);
        }
        return tree;
    }

    /** The schema as one JSON document, as {@code kijun schema} prints it. */
    public ObjectNode document() {
        return document.deepCopy();
    }

    ObjectNode root() {
        return document;
    }

    /** The raw errors of one document, each naming its JSON Pointer. */
    List<Error> errors(JsonNode instance) {
        return validator.validate(instance);
    }

    /** Validates a parsed file: one located problem per schema error. */
    public List<InputProblem> validate(LocatedDocument file) {
        return check(file).stream().map(Found::problem).toList();
    }

    /** A schema problem and the JSON Pointer of the value it is about. */
    record Found(String pointer, InputProblem problem) {
    }

    /**
     * The schema problems of a parsed file, each with the pointer of its value: a value that matches none of the
     * alternatives of an {@code anyOf} is one problem, not one per alternative, a date that is none of the
     * recorded forms says which forms are accepted, and an unknown code names the nearest accepted one and lists them
     * with their Japanese labels.
     */
    List<Found> check(LocatedDocument file) {
        List<Found> problems = new ArrayList<>();
        Map<String, String> found = new LinkedHashMap<>();
        Map<String, List<String>> expected = new LinkedHashMap<>();
        Map<String, Error> dates = new LinkedHashMap<>();
        Map<String, Error> codes = new LinkedHashMap<>();
        for (Error error : errors(file.root())) {
            String pointer = error.getInstanceLocation().toString();
            if (String.valueOf(error.getSchemaLocation()).contains(DATE_TYPE)) {
                dates.putIfAbsent(pointer, error);
                continue;
            }
            if (("enum".equals(error.getKeyword()) || "const".equals(error.getKeyword())) && !codesAt(pointer).isEmpty()) {
                codes.putIfAbsent(pointer, error);
                continue;
            }
            Matcher type = TYPE_MISMATCH.matcher(String.valueOf(error.getMessage()));
            if ("type".equals(error.getKeyword()) && type.matches()) {
                found.put(pointer, type.group(1));
                expected.computeIfAbsent(pointer, k -> new ArrayList<>()).add(type.group(2));
                continue;
            }
            problems.add(new Found(pointer, problem(file, error)));
        }
        dates.forEach((pointer, error) -> problems.add(new Found(pointer, new InputProblem(file.locate(pointer),
                FactPaths.display(pointer) + ": '" + error.getInstanceNode().asText() + "' is not a date as recorded; expected "
                        + RecordedDate.FORMS))));
        codes.forEach((pointer, error) -> {
            if (error.getInstanceNode() != null && error.getInstanceNode().isContainerNode() && found.containsKey(pointer)) {
                return; // a list or mapping where a code belongs: the type mismatch says it
            }
            found.remove(pointer);
            problems.add(new Found(pointer, new InputProblem(file.locate(pointer),
                    SchemaMessages.unknownCode(pointer, error.getInstanceNode(), codesAt(pointer)))));
        });
        found.forEach((pointer, what) -> problems.add(new Found(pointer, new InputProblem(file.locate(pointer),
                FactPaths.display(pointer) + ": " + what + " found, " + String.join(" or ", expected.get(pointer)) + " expected"))));
        return problems;
    }

    InputProblem problem(LocatedDocument file, Error error) {
        String pointer = error.getInstanceLocation().toString();
        if (error.getProperty() != null && "additionalProperties".equals(error.getKeyword())) {
            pointer = pointer + "/" + LocatedTreeReader.escape(error.getProperty());
        }
        return new InputProblem(file.locate(pointer), SchemaMessages.describe(error, pointer, this));
    }

    /** The schema that {@code schema} stands for: the target of its {@code $ref}, followed to the end. */
    public JsonNode deref(JsonNode schema) {
        JsonNode current = explicitNoneOf(schema);
        Optional<String> name = refName(current);
        while (name.isPresent()) {
            current = explicitNoneOf(document.path("$defs").path(name.get()));
            name = refName(current);
        }
        return current;
    }

    /**
     * For a property that also accepts {@code none} ({@code x-kijun-none}: {@code anyOf} of its type and
     * {@code const: none}), the schema of its type; any other schema as it is.
     */
    private static JsonNode explicitNoneOf(JsonNode schema) {
        JsonNode alternatives = schema.get("anyOf");
        if (alternatives == null || !schema.path("x-kijun-none").asBoolean(false)) {
            return schema;
        }
        for (JsonNode alternative : alternatives) {
            if (!alternative.has("const")) {
                return alternative;
            }
        }
        return schema;
    }

    /**
     * The schema of the instance node at {@code pointer} ({@code /accounts/3/lockout}), following properties,
     * array items and references; empty when the pointer leaves the schema.
     */
    public Optional<JsonNode> typeAt(String pointer) {
        return schemaAt(pointer).map(this::deref);
    }

    /** The schema of the node at {@code pointer} as its parent writes it, before its {@code $ref} is followed. */
    private Optional<JsonNode> schemaAt(String pointer) {
        JsonNode current = document;
        if (pointer.isEmpty()) {
            return Optional.of(current);
        }
        for (String token : pointer.substring(1).split("/", -1)) {
            String name = token.replace("~1", "/").replace("~0", "~");
            JsonNode parent = deref(current);
            JsonNode next = parent.path("properties").get(name);
            if (next == null && parent.has("items") && name.chars().allMatch(Character::isDigit)) {
                next = parent.get("items");
            }
            if (next == null) {
                return Optional.empty();
            }
            current = next;
        }
        return Optional.of(current);
    }

    /**
     * The codes the value at {@code pointer} may take, in the schema's order, each with its Japanese label (the code
     * itself when it has none): those of its enumeration, of every alternative of an {@code anyOf} of enumerations
     * (the clause topics of every domain together), and {@code none} where the field accepts an explicit none; empty
     * when the value is no code.
     */
    public Map<String, String> codesAt(String pointer) {
        Map<String, String> codes = new LinkedHashMap<>();
        schemaAt(pointer).ifPresent(node -> collectCodes(node, null, codes, 0));
        return codes;
    }

    private void collectCodes(JsonNode node, JsonNode titles, Map<String, String> codes, int depth) {
        if (depth > 20) {
            return;
        }
        JsonNode labels = node.has("x-enum-titles") ? node.get("x-enum-titles") : titles;
        Optional<String> ref = refName(node);
        if (ref.isPresent()) {
            collectCodes(document.path("$defs").path(ref.get()), labels, codes, depth + 1);
        }
        for (JsonNode code : node.path("enum")) {
            codes.putIfAbsent(code.asText(), labels == null ? code.asText() : labels.path(code.asText()).path("ja").asText(code.asText()));
        }
        if (node.has("const")) {
            String code = node.get("const").asText();
            codes.putIfAbsent(code, "none".equals(code) ? "なし" : code);
        }
        for (JsonNode alternative : node.path("anyOf")) {
            collectCodes(alternative, null, codes, depth + 1);
        }
    }

    /** The name of the definition that {@code schema} refers to, if it is a plain {@code $ref}. */
    public static Optional<String> refName(JsonNode schema) {
        JsonNode ref = schema.get("$ref");
        if (ref == null || !ref.asText().startsWith("#/$defs/")) {
            return Optional.empty();
        }
        return Optional.of(ref.asText().substring("#/$defs/".length()));
    }
}
