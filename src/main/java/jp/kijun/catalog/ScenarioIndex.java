package jp.kijun.catalog;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * The scenarios of the rule pack's features, by tag: which scenarios specify which control.
 * Reads only what it needs of Gherkin (tags and scenario names); Cucumber runs the features themselves.
 */
public final class ScenarioIndex {

    private static final List<String> SCENARIO_KEYWORDS = List.of(
            "シナリオアウトライン:", "シナリオテンプレート:", "シナリオ:", "Scenario Outline:", "Scenario:", "Example:");

    private final List<Scenario> scenarios;

    public ScenarioIndex(List<Scenario> scenarios) {
        this.scenarios = List.copyOf(scenarios);
    }

    /** The scenarios shipped in the jar. */
    public static ScenarioIndex shipped() {
        List<Scenario> scenarios = new ArrayList<>();
        RulePackFiles.read("features", ".feature").forEach((file, text) -> scenarios.addAll(parse(file, text.lines().toList())));
        return new ScenarioIndex(scenarios);
    }

    /** Reads every {@code .feature} file under {@code folder}, naming files relative to {@code base}. */
    public static ScenarioIndex read(Path folder, Path base) throws IOException {
        List<Scenario> scenarios = new ArrayList<>();
        try (Stream<Path> files = Files.walk(folder)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".feature")).sorted().toList()) {
                scenarios.addAll(parse(base.relativize(file).toString().replace('\\', '/'),
                        Files.readAllLines(file, StandardCharsets.UTF_8)));
            }
        }
        return new ScenarioIndex(scenarios);
    }

    static List<Scenario> parse(String feature, List<String> lines) {
        List<Scenario> found = new ArrayList<>();
        List<String> featureTags = new ArrayList<>();
        List<String> pending = new ArrayList<>();
        boolean inFeature = false;
        List<String> steps = null;
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i).strip();
            if (line.startsWith("@")) {
                for (String tag : line.split("\\s+")) {
                    if (tag.startsWith("#")) {
                        break;
                    }
                    pending.add(tag.substring(1));
                }
            } else if (!inFeature && (line.startsWith("機能:") || line.startsWith("Feature:"))) {
                featureTags.addAll(pending);
                pending.clear();
                inFeature = true;
            } else if (startsScenario(line)) {
                List<String> tags = new ArrayList<>(featureTags);
                tags.addAll(pending);
                pending.clear();
                steps = new ArrayList<>();
                found.add(new Scenario(feature, i + 1, line.substring(line.indexOf(':') + 1).strip(), tags, steps));
            } else if (steps != null && !line.isEmpty() && !line.startsWith("#") && !line.startsWith("|")) {
                steps.add(line);
            }
        }
        return found;
    }

    private static boolean startsScenario(String line) {
        return SCENARIO_KEYWORDS.stream().anyMatch(line::startsWith);
    }

    private static final java.util.regex.Pattern OUTCOME = java.util.regex.Pattern.compile("管理策「([^」]+)」は「([^」]+)」となる");

    /** The outcomes a scenario asserts ({@code 管理策「ID」は「合格」となる}), by control id. */
    public static java.util.Map<String, List<String>> outcomes(Scenario scenario) {
        java.util.Map<String, List<String>> outcomes = new java.util.LinkedHashMap<>();
        for (String step : scenario.steps()) {
            java.util.regex.Matcher outcome = OUTCOME.matcher(step);
            if (outcome.find()) {
                outcomes.computeIfAbsent(outcome.group(1), k -> new ArrayList<>()).add(outcome.group(2));
            }
        }
        return outcomes;
    }

    public List<Scenario> all() {
        return scenarios;
    }

    /** The scenarios tagged with {@code @id}. */
    public List<Scenario> tagged(String id) {
        return scenarios.stream().filter(scenario -> scenario.tags().contains(id)).toList();
    }
}
