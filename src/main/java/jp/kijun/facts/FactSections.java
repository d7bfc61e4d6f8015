package jp.kijun.facts;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Every section of the facts files, in schema order, with the record its entries bind to — read from the fact schema,
 * which is the one source of the fact format: a section's type {@code account}, defined in {@code systems.schema.yaml},
 * binds to the generated record {@code jp.kijun.facts.model.systems.Account}.
 */
public final class FactSections {

    /** The package of the records generated from the schema; a part's records are in its sub-package. */
    public static final String MODEL_PACKAGE = "jp.kijun.facts.model";

    /**
     * What {@code x-kijun-ref: parties} names: who approved, owns, audits, receives a report or is responsible — an id
     * of one of {@link #PARTY_SECTIONS}, which are therefore unique across those sections.
     */
    public static final String PARTIES = "parties";

    /** The sections whose entries are parties: people, roles, organisational units, committees, governing bodies. */
    public static final List<String> PARTY_SECTIONS = List.of("people", "roles", "departments", "committees",
            "governingBodies");

    private static final List<FactSection> ALL = read(FactSchema.shipped());
    private static final Map<String, FactSection> BY_NAME = new LinkedHashMap<>();

    static {
        ALL.forEach(section -> BY_NAME.put(section.name(), section));
    }

    private FactSections() {
    }

    public static List<FactSection> all() {
        return ALL;
    }

    public static Optional<FactSection> named(String name) {
        return Optional.ofNullable(BY_NAME.get(name));
    }

    /** The record generated for the schema type {@code typeName}. */
    public static Class<?> recordOf(FactSchema schema, String typeName) {
        String part = schema.partOf(typeName)
                .orElseThrow(() -> new IllegalStateException("no schema type " + typeName));
        String className = MODEL_PACKAGE + "." + part + "." + Character.toUpperCase(typeName.charAt(0)) + typeName.substring(1);
        try {
            return Class.forName(className, false, FactSections.class.getClassLoader());
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException("the record " + className + " of schema type " + typeName
                    + " was not generated; build with mvn, which generates the records from the schema", e);
        }
    }

    private static List<FactSection> read(FactSchema schema) {
        List<FactSection> sections = new ArrayList<>();
        schema.sections().forEach((name, node) -> {
            boolean list = "array".equals(node.path("type").asText());
            JsonNode entry = list ? node.path("items") : node;
            String typeName = FactSchema.refName(entry)
                    .orElseThrow(() -> new IllegalStateException("section " + name + " names no schema type"));
            sections.add(new FactSection(name, typeName, recordOf(schema, typeName), list));
        });
        return List.copyOf(sections);
    }
}
