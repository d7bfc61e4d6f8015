package jp.kijun.steps;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import jp.kijun.catalog.CatalogLoader;
import jp.kijun.engine.ControlResult;
import jp.kijun.engine.Evaluation;
import jp.kijun.engine.PackRules;
import jp.kijun.engine.RuleBase;
import jp.kijun.facts.FactSchema;
import jp.kijun.facts.FactVocabulary;
import jp.kijun.facts.InvalidInputException;
import jp.kijun.gate.FailOn;
import jp.kijun.tailoring.Assessment;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The state of one scenario: the facts document being edited and how the run is tailored (profile, config file,
 * environment, -D values, waivers, gate), then the assessment made of it — through the same code path as
 * {@code kijun evaluate}, loader, schema and all.
 */
public final class ScenarioWorld {

    static final Path ORGANISATIONS = Path.of("features", "organisations");
    private static final ObjectMapper YAML = JsonMapper.builder(new YAMLFactory()).build();

    final FactVocabulary vocabulary = new FactVocabulary(FactSchema.shipped());
    final Map<String, String> definitions = new LinkedHashMap<>();
    final Map<String, String> environment = new LinkedHashMap<>();
    String profile;
    List<Path> packs = List.of();
    Path packCache = PackRules.defaultCache(System.getenv());
    Path config;
    Path waivers;
    FailOn failOn = FailOn.CONSIDER;
    ObjectNode facts;
    Assessment assessment;
    InvalidInputException inputError;
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
                    if (existing instanceof ArrayNode list && section.getValue().isArray()) {
                        list.addAll((ArrayNode) section.getValue());
                    } else {
                        merged.set(section.getKey(), section.getValue());
                    }
                });
            }
        }
        return merged;
    }

    /** Writes {@code text} to a temporary file the scenario's run reads (a profile, a config file, waivers). */
    static Path temporaryFile(String prefix, String suffix, String text) throws IOException {
        Path file = Files.createTempFile(prefix, suffix);
        file.toFile().deleteOnExit();
        Files.writeString(file, text, StandardCharsets.UTF_8);
        return file;
    }

    void evaluate(LocalDate asOf) throws Exception {
        if (facts == null) {
            throw new AssertionError("start from a sample organisation first (「…」の事実から始める)");
        }
        Path file = Files.createTempFile("kijun-scenario-", ".yaml");
        try {
            YAML.writeValue(file.toFile(), facts);
            Assessment.Request request = new Assessment.Request(List.of(file), asOf, profile, packs, config, environment,
                    definitions, waivers);
            assessment = Assessment.prepare(request, CatalogLoader.shipped()).assess(RuleBase.shipped(), packCache);
            inputError = null;
        } catch (InvalidInputException e) {
            assessment = null;
            inputError = e;
        } finally {
            Files.deleteIfExists(file);
        }
    }

    /** The evaluation, failing the scenario with the input problems when there is none. */
    Evaluation evaluation() {
        if (inputError != null) {
            throw new AssertionError("the run stopped on input problems:\n" + inputError.getMessage());
        }
        if (assessment == null) {
            throw new AssertionError("evaluate first: YYYY-MM-DD 時点で評価する");
        }
        return assessment.evaluation();
    }
}
