package jp.kijun.internal;

import com.fasterxml.jackson.databind.JsonNode;
import jp.kijun.facts.Entity;
import jp.kijun.facts.FactLabels;
import jp.kijun.facts.FactSchema;
import jp.kijun.facts.FactSection;
import jp.kijun.facts.FactSections;
import org.junit.jupiter.api.Test;

import java.lang.reflect.RecordComponent;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The fact schema is the single source of truth: every type and field is titled in Japanese and English, every
 * enum value is labelled, every reference names a section, and the records the loader binds to have exactly the
 * schema's fields.
 */
class SchemaConsistencyTest {

    private final FactSchema schema = FactSchema.shipped();
    private final JsonNode defs = schema.document().path("$defs");

    @Test
    void everyEnumerationThatRulesAndRecordsLabelIsOneTheSchemaLabels() throws Exception {
        Problems problems = new Problems();
        Pattern call = Pattern.compile("FactLabels\\.(?:ja|en|title|titles)\\(\\s*\"([^\"]+)\"");
        List<Path> sources = new ArrayList<>();
        for (String root : List.of("rules", "examples/packs", "src/main/java")) {
            try (Stream<Path> files = Files.walk(Path.of(root))) {
                files.filter(file -> file.toString().endsWith(".drl") || file.toString().endsWith(".java"))
                        .forEach(sources::add);
            }
        }
        int locations = 0;
        for (Path source : sources) {
            Matcher matcher = call.matcher(Files.readString(source));
            while (matcher.find()) {
                locations++;
                String location = matcher.group(1);
                try {
                    FactLabels.ja(location, "?");
                } catch (IllegalArgumentException e) {
                    problems.add(source + ": " + e.getMessage());
                }
            }
        }
        problems.check(locations > 10, "expected the rules to take their labels from the schema; found " + locations);
        problems.assertNone("labels named by rules and records");
    }

    @Test
    void everyTypeAndFieldIsTitledInJapaneseAndEnglish() {
        Problems problems = new Problems();
        defs.fields().forEachRemaining(def -> {
            String type = def.getKey();
            JsonNode node = def.getValue();
            titled(problems, type, node);
            enumLabelled(problems, type, node);
            Set<String> titles = new HashSet<>();
            node.path("properties").fields().forEachRemaining(property -> {
                String where = type + "." + property.getKey();
                JsonNode field = property.getValue();
                JsonNode titledNode = field.has("title") ? field : schema.deref(field);
                titled(problems, where, titledNode);
                problems.check(titles.add(titledNode.path("title").asText()),
                        where + ": title 「" + titledNode.path("title").asText() + "」 is used twice in " + type);
                enumLabelled(problems, where, field);
                enumLabelled(problems, where, field.path("items"));
                if (field.has("x-kijun-ref")) {
                    String section = field.get("x-kijun-ref").asText();
                    problems.check(section.equals(FactSections.PARTIES)
                                    || FactSections.named(section).filter(FactSection::list).isPresent(),
                            where + ": x-kijun-ref names " + section + ", which is not a list section");
                }
            });
        });
        schema.sections().forEach((name, node) -> titled(problems, "section " + name,
                node.has("title") ? node : schema.deref(node)));
        problems.assertNone("schema title");
    }

    @Test
    void sectionsAndRecordsMatchTheSchema() {
        Problems problems = new Problems();
        List<String> sections = new ArrayList<>(schema.sections().keySet());
        List<String> registered = FactSections.all().stream().map(FactSection::name).toList();
        problems.check(sections.equals(registered), "schema sections " + sections + " differ from FactSections " + registered);
        for (FactSection section : FactSections.all()) {
            JsonNode node = schema.sections().get(section.name());
            if (node == null) {
                continue;
            }
            JsonNode entry = section.list() ? node.path("items") : node;
            String typeName = FactSchema.refName(entry).orElse("?");
            problems.check(typeName.equals(section.typeName()),
                    section.name() + ": schema type " + typeName + " but FactSections says " + section.typeName());
            problems.check(section.list() == Entity.class.isAssignableFrom(section.recordType()),
                    section.recordType().getSimpleName() + (section.list() ? " must" : " must not") + " implement Entity");
        }
        defs.fields().forEachRemaining(def -> {
            if (!def.getValue().path("type").asText().equals("object")) {
                return;
            }
            Class<?> record;
            try {
                record = FactSections.recordOf(schema, def.getKey());
            } catch (IllegalStateException e) {
                problems.add("schema type " + def.getKey() + ": " + e.getMessage());
                return;
            }
            String className = record.getName();
            List<String> properties = new ArrayList<>();
            def.getValue().path("properties").fieldNames().forEachRemaining(properties::add);
            List<String> components = record.isRecord()
                    ? Arrays.stream(record.getRecordComponents()).map(RecordComponent::getName).toList()
                    : List.of();
            problems.check(properties.equals(components), className + " components " + components
                    + " differ from the schema's properties " + properties);
            problems.check(def.getValue().path("additionalProperties").isBoolean()
                    && !def.getValue().path("additionalProperties").asBoolean(), def.getKey() + " must set additionalProperties: false");
        });
        problems.assertNone("schema/record");
    }

    private static void titled(Problems problems, String where, JsonNode node) {
        problems.check(!node.path("title").asText().isBlank(), where + " has no Japanese title");
        problems.check(!node.path("x-title-en").asText().isBlank(), where + " has no English title (x-title-en)");
    }

    private static void enumLabelled(Problems problems, String where, JsonNode node) {
        if (!node.has("enum")) {
            return;
        }
        JsonNode labels = node.path("x-enum-titles");
        for (JsonNode value : node.get("enum")) {
            JsonNode label = labels.path(value.asText());
            problems.check(!label.path("ja").asText().isBlank() && !label.path("en").asText().isBlank(),
                    where + ": enum value " + value.asText() + " has no ja/en label in x-enum-titles");
        }
    }

}
