package jp.kijun.steps;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import jp.kijun.catalog.CatalogLoader;
import jp.kijun.catalog.ParameterCatalog;
import jp.kijun.engine.ControlResult;
import jp.kijun.engine.Evaluation;
import jp.kijun.engine.Evaluator;
import jp.kijun.engine.RuleBase;
import jp.kijun.facts.FactLoader;
import jp.kijun.facts.FactSchema;
import jp.kijun.facts.FactSet;
import jp.kijun.facts.FactVocabulary;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The state of one scenario: the facts document being edited, then the evaluation made of it.
 * Facts are edited as a document and loaded through the real loader, schema and all.
 */
public final class ScenarioWorld {

    static final Path ORGANISATIONS = Path.of("features", "organisations");
    private static final ObjectMapper YAML = JsonMapper.builder(new YAMLFactory()).build();

    final FactVocabulary vocabulary = new FactVocabulary(FactSchema.shipped());
    final Map<String, Object> parameters = new java.util.LinkedHashMap<>(ParameterCatalog.shipped(CatalogLoader.shipped()).defaults());
    ObjectNode facts;
    Evaluation evaluation;
    ControlResult lastControl;

    /**
     * Loads the sample organisation whose {@code organisation.name} is {@code name}: a directory under
     * {@code features/organisations/} whose files are merged, list sections appended in file-name order.
     */
    void startFrom(String name) throws IOException {
        try (Stream<Path> directories = Files.list(ORGANISATIONS)) {
            for (Path directory : directories.filter(Files::isDirectory).sorted().toList()) {
                ObjectNode merged = merge(directory);
                if (name.equals(merged.path("organisation").path("name").asText())) {
                    facts = merged;
                    return;
                }
            }
        }
        throw new AssertionError("no sample organisation named 「" + name + "」 in " + ORGANISATIONS);
    }

    private static ObjectNode merge(Path directory) throws IOException {
        ObjectNode merged = YAML.createObjectNode();
        try (Stream<Path> files = Files.list(directory)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".yaml")).sorted().toList()) {
                YAML.readTree(file.toFile()).fields().forEachRemaining(section -> {
                    JsonNode existing = merged.get(section.getKey());
                    if (existing instanceof com.fasterxml.jackson.databind.node.ArrayNode list && section.getValue().isArray()) {
                        list.addAll((com.fasterxml.jackson.databind.node.ArrayNode) section.getValue());
                    } else {
                        merged.set(section.getKey(), section.getValue());
                    }
                });
            }
        }
        return merged;
    }

    void evaluate(LocalDate asOf) throws Exception {
        if (facts == null) {
            throw new AssertionError("start from a sample organisation first (「…」の事実から始める)");
        }
        Path file = Files.createTempFile("kijun-scenario-", ".yaml");
        try {
            YAML.writeValue(file.toFile(), facts);
            FactSet loaded = new FactLoader().load(List.of(file));
            evaluation = new Evaluator(RuleBase.shipped(), CatalogLoader.shipped()).evaluate(loaded, asOf, parameters);
        } finally {
            Files.deleteIfExists(file);
        }
    }
}
