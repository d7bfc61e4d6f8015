package jp.kijun.facts;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Checks that every value of a property marked {@code x-kijun-ref: <section>} in the schema names an
 * entity of that section, walking a document together with its schema. One checker serves one thread.
 */
final class ReferenceChecker {

    private final FactSchema schema;
    private final Map<String, Set<String>> idsBySection;
    private final List<InputProblem> problems = new ArrayList<>();
    /** Whether a property schema can hold a reference anywhere below it, by schema node: most cannot. */
    private final Map<JsonNode, Boolean> holdsReferences = new IdentityHashMap<>();

    ReferenceChecker(FactSchema schema, Map<String, Set<String>> idsBySection) {
        this.schema = schema;
        this.idsBySection = idsBySection;
    }

    /** The references of {@code document} that name nothing, one problem each. */
    List<InputProblem> check(LocatedDocument document) {
        schema.sections().forEach((section, sectionSchema) -> {
            JsonNode value = document.root().get(section);
            if (value != null) {
                walk(document, value, sectionSchema, new Step(null, section));
            }
        });
        return problems;
    }

    /** A JSON pointer as the walk goes down, spelt out only for a problem. */
    private record Step(Step parent, String token) {

        Step child(String name) {
            return new Step(this, name);
        }

        Step child(int index) {
            return new Step(this, Integer.toString(index));
        }

        @Override
        public String toString() {
            return (parent == null ? "" : parent.toString()) + "/" + LocatedTreeReader.escape(token);
        }
    }

    private void walk(LocatedDocument document, JsonNode value, JsonNode propertySchema, Step pointer) {
        JsonNode target = propertySchema.get("x-kijun-ref");
        if (target != null) {
            checkReference(document, value, target.asText(), pointer);
            return;
        }
        if (!holdsReferences(propertySchema)) {
            return;
        }
        JsonNode type = schema.deref(propertySchema);
        if (value.isObject()) {
            type.path("properties").fields().forEachRemaining(property -> {
                JsonNode child = value.get(property.getKey());
                if (child != null) {
                    walk(document, child, property.getValue(), pointer.child(property.getKey()));
                }
            });
        } else if (value.isArray() && type.has("items")) {
            for (int i = 0; i < value.size(); i++) {
                walk(document, value.get(i), type.get("items"), pointer.child(i));
            }
        }
    }

    private boolean holdsReferences(JsonNode propertySchema) {
        Boolean known = holdsReferences.get(propertySchema);
        if (known != null) {
            return known;
        }
        holdsReferences.put(propertySchema, false); // a schema that refers to itself holds none through that path
        JsonNode type = schema.deref(propertySchema);
        boolean holds = propertySchema.has("x-kijun-ref") || type.has("x-kijun-ref")
                || (type.has("items") && holdsReferences(type.get("items")));
        for (var properties = type.path("properties").elements(); !holds && properties.hasNext(); ) {
            holds = holdsReferences(properties.next());
        }
        holdsReferences.put(propertySchema, holds);
        return holds;
    }

    private void checkReference(LocatedDocument document, JsonNode value, String section, Step pointer) {
        if (value.isArray()) {
            for (int i = 0; i < value.size(); i++) {
                checkReference(document, value.get(i), section, pointer.child(i));
            }
            return;
        }
        Set<String> known = idsBySection.getOrDefault(section, Set.of());
        if (value.isTextual() && !known.contains(value.asText())) {
            boolean parties = section.equals(FactSections.PARTIES);
            String named = parties ? "the parties (" + String.join(", ", FactSections.PARTY_SECTIONS) + ")" : section;
            String counted = parties ? "parties" : section;
            String expected = known.isEmpty()
                    ? "no " + counted + " are recorded"
                    : "expected the id of one of the " + known.size() + " " + counted + " recorded";
            problems.add(new InputProblem(document.locate(pointer.toString()),
                    FactPaths.display(pointer.toString()) + ": '" + value.asText() + "' does not name any of " + named
                            + "; " + expected));
        }
    }
}
