package jp.kijun.coverage;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.cucumber.java.AfterAll;
import io.cucumber.java.BeforeAll;
import jp.kijun.engine.RuleBase;
import jp.kijun.engine.RuleFirings;
import jp.kijun.steps.ScenarioSettings;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Glue that only the shipped Cucumber suite ({@code FeaturesTest}) runs: it records every rule that fires in the
 * scenarios and, once they have all run, fails the build with one line per shipped rule that never fired — a rule no
 * scenario fires is a rule nothing tests. Template rules and those of {@code rules/templates/needs.drl} fire under one
 * name for every item that declares them, so they count as fired when they fired for any item.
 *
 * <p>{@link #ALLOWED} is a temporary list of rules allowed to stay unfired while they are being rewritten, each with
 * its reason; an entry that fires now, names no rule or gives no reason fails the build too, so the list only
 * shrinks. The check is skipped when Cucumber runs a selection of the scenarios ({@code cucumber.filter.*},
 * {@code cucumber.features}): a subset cannot fire every rule.
 */
public final class EveryRuleFires {

    /** The temporary allow-list: rules that may stay unfired, each with the reason, until the lead empties it. */
    public static final Path ALLOWED = Path.of("src", "test", "resources", "TEMPORARY-unfired-rules.yaml");

    private static final List<String> SELECTIONS = List.of("cucumber.filter.tags", "cucumber.filter.name",
            "cucumber.features");
    private static RuleFirings firings;

    @BeforeAll
    public static void record() {
        firings = new RuleFirings();
        ScenarioSettings.configure(List.of(), firings);
    }

    @AfterAll
    public static void check() throws Exception {
        ScenarioSettings.configure(List.of(), null);
        if (SELECTIONS.stream().anyMatch(name -> System.getProperty(name) != null || System.getenv(
                name.toUpperCase(java.util.Locale.ROOT).replace('.', '_')) != null)) {
            return;
        }
        RuleBase shipped = RuleBase.shipped();
        List<String> problems = problems(firings.neverFired(List.of(shipped)), firings.rules(), shipped.controlsByRule(),
                allowed());
        if (!problems.isEmpty()) {
            throw new AssertionError(problems.size() + " problem(s) with the rules the scenarios fire:\n"
                    + String.join("\n", problems));
        }
    }

    /** One line per problem: a rule never fired and not allowed, an allowed rule that fired or does not exist. */
    static List<String> problems(Set<String> neverFired, Set<String> fired, Map<String, List<String>> rules,
                                 Map<String, String> allowed) {
        List<String> problems = new ArrayList<>();
        for (String rule : neverFired) {
            if (!allowed.containsKey(rule)) {
                List<String> controls = rules.getOrDefault(rule, List.of());
                problems.add("never fired in any scenario: \"" + rule + "\""
                        + (controls.isEmpty() ? "" : " (" + String.join(", ", controls) + ")")
                        + " — add a scenario that fires it, or remove the rule");
            }
        }
        allowed.forEach((rule, reason) -> {
            if (!rules.containsKey(rule)) {
                problems.add(ALLOWED + ": \"" + rule + "\" is no shipped rule now; remove its entry");
            } else if (fired.contains(rule)) {
                problems.add(ALLOWED + ": \"" + rule + "\" fires now; remove its entry");
            } else if (reason.isBlank()) {
                problems.add(ALLOWED + ": \"" + rule + "\" has no reason; say why it may stay unfired");
            }
        });
        return problems;
    }

    /** The allow-list: rule name to reason, in file order. */
    static Map<String, String> allowed() throws IOException {
        Map<String, String> allowed = new LinkedHashMap<>();
        if (!Files.exists(ALLOWED)) {
            return allowed;
        }
        JsonNode entries = new ObjectMapper(new YAMLFactory()).readTree(ALLOWED.toFile());
        if (entries != null) {
            for (JsonNode entry : entries.path("rules")) {
                allowed.put(entry.path("rule").asText(), entry.path("reason").asText(""));
            }
        }
        return allowed;
    }
}
