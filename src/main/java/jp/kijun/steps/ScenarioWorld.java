package jp.kijun.steps;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import jp.kijun.catalog.CatalogLoader;
import jp.kijun.catalog.RulePackFiles;
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

    private static final ObjectMapper YAML = JsonMapper.builder(new YAMLFactory()).build();

    final FactVocabulary vocabulary = new FactVocabulary(FactSchema.shipped());
    final Map<String, String> definitions = new LinkedHashMap<>();
    final Map<String, String> environment = new LinkedHashMap<>();
    String profile;
    List<Path> packs = ScenarioSettings.packs();
    Path packCache = PackRules.defaultCache(System.getenv());
    Path config;
    Path waivers;
    FailOn failOn = FailOn.CONSIDER;
    /** Whether not-reviewed controls pass the gate (kijun evaluate --accept-not-reviewed). */
    boolean acceptNotReviewed;
    ObjectNode facts;
    Assessment assessment;
    InvalidInputException inputError;
    ControlResult lastControl;

    /**
     * Loads the sample organisation whose {@code organisation.name} is {@code name}: a folder of YAML files, merged
     * with list sections appended in file-name order — from a rule pack's {@code features/organisations/} first,
     * then from the shipped ones ({@code features/organisations/} in the jar).
     */
    void startFrom(String name) throws IOException {
        Map<String, ObjectNode> organisations = new LinkedHashMap<>();
        for (Path pack : packs) {
            Path folder = pack.resolve("features").resolve("organisations");
            if (Files.isDirectory(folder)) {
                try (Stream<Path> files = Files.walk(folder)) {
                    for (Path file : files.filter(f -> f.toString().endsWith(".yaml")).sorted().toList()) {
                        merge(organisations, folder.relativize(file.getParent()).toString(), Files.readString(file));
                    }
                }
            }
        }
        RulePackFiles.read("features/organisations", ".yaml").forEach((file, text) -> {
            String folder = file.substring(0, file.lastIndexOf('/'));
            try {
                merge(organisations, "shipped:" + folder, text);
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
        for (ObjectNode organisation : organisations.values()) {
            if (name.equals(organisation.path("organisation").path("name").asText())) {
                facts = organisation.deepCopy();
                return;
            }
        }
        throw new AssertionError("no sample organisation named 「" + name + "」 (features/organisations/)");
    }

    private static void merge(Map<String, ObjectNode> organisations, String folder, String yaml) throws IOException {
        ObjectNode merged = organisations.computeIfAbsent(folder, k -> YAML.createObjectNode());
        YAML.readTree(yaml).fields().forEachRemaining(section -> {
            JsonNode existing = merged.get(section.getKey());
            if (existing instanceof ArrayNode list && section.getValue().isArray()) {
                list.addAll((ArrayNode) section.getValue());
            } else {
                merged.set(section.getKey(), section.getValue());
            }
        });
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
            assessment = Assessment.prepare(request, CatalogLoader.shipped()).load()
                    .assess(RuleBase.shipped(), packCache, ScenarioSettings.firings());
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
