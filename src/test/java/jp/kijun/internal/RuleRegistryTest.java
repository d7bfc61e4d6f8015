package jp.kijun.internal;

import jp.kijun.catalog.Catalog;
import jp.kijun.catalog.CatalogLoader;
import jp.kijun.catalog.Check;
import jp.kijun.catalog.Item;
import jp.kijun.catalog.requirement.Requirement;
import jp.kijun.catalog.ParameterCatalog;
import jp.kijun.catalog.ParameterDefinition;
import jp.kijun.catalog.Scenario;
import jp.kijun.engine.EmptyRuleBaseException;
import jp.kijun.engine.RuleBase;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Walks the whole registry — catalog, compiled rules, parameters and features — and reports every
 * inconsistency at once, so that no rule, control or scenario can be added that does not line up with the others.
 */
class RuleRegistryTest {

    private static final Pattern ID_LIKE = Pattern.compile("^[PF][1-5][a-e]?(-[0-9]+(-[0-9]{2})?)?$");
    private static final Pattern PARAMETER_USE = Pattern.compile("Parameter\\(\\s*name\\s*==\\s*\"([^\"]+)\"");

    private final Catalog catalog = CatalogLoader.shipped();
    private final RuleBase rules = RuleBase.shipped();

    RuleRegistryTest() throws EmptyRuleBaseException {
    }

    @Test
    void theRuleBaseIsNotEmpty() {
        assertTrue(rules.ruleCount() > 0, "the precompiled rule base holds no rules");
    }

    @Test
    void everyRuleNamesAControlOfTheCatalogAndStartsWithIt() {
        Problems problems = new Problems();
        Map<String, String> templates = rules.templatesByRule();
        rules.controlsByRule().forEach((rule, controls) -> {
            if (templates.containsKey(rule)) {
                problems.check(controls.isEmpty(), "template rule \"" + rule + "\" must not name controls with @control");
                problems.check(rule.startsWith(templates.get(rule) + ": "), "template rule \"" + rule
                        + "\" should start with its template's name: " + templates.get(rule));
                return;
            }
            problems.check(!controls.isEmpty(), "rule \"" + rule + "\" has no @control");
            for (String control : controls) {
                problems.check(catalog.item(control).isPresent(), "rule \"" + rule + "\" names unknown control " + control);
            }
            problems.check(controls.stream().anyMatch(c -> rule.startsWith(c + " ")),
                    "rule \"" + rule + "\" should start with its control id " + controls);
        });
        problems.assertNone("rule");
    }

    @Test
    void everyEncodedItemHasARuleAndNoPlannedItemHasOne() {
        Problems problems = new Problems();
        Map<String, List<String>> byControl = rules.rulesByControl();
        Set<String> templates = new HashSet<>(rules.templatesByRule().values());
        catalog.items().forEach(item -> {
            for (Requirement requirement : item.decide()) {
                problems.check(templates.contains(requirement.template()), item.id() + " declares the template "
                        + requirement.template() + ", which no rule of rules/templates/ decides");
            }
            boolean hasRules = byControl.containsKey(item.id()) || !item.decide().isEmpty() || item.decidedWith() != null;
            if (item.check() == Check.PLANNED) {
                problems.check(!hasRules, item.id() + " is planned but has rules " + byControl.get(item.id())
                        + "; mark it automated or attestation");
            } else {
                problems.check(hasRules, item.id() + " is " + item.check().code() + " but no rule decides it");
            }
        });
        problems.assertNone("coverage");
    }

    @Test
    void everyAutomatedItemHasAPassingAndAFailingScenario() throws IOException {
        FeatureFiles features = FeatureFiles.read(Path.of("features"));
        Problems problems = new Problems();
        catalog.items().filter(item -> item.check() == Check.AUTOMATED).forEach(item -> {
            Set<String> asserted = new HashSet<>();
            features.scenarios.stream()
                    .filter(s -> s.tags().contains(item.id()))
                    .forEach(s -> asserted.addAll(FeatureFiles.outcomes(s).getOrDefault(item.id(), List.of())));
            problems.check(asserted.contains("合格"), item.id() + " has no scenario in which it passes (「合格」)");
            problems.check(asserted.contains("不合格"), item.id() + " has no scenario in which it fails (「不合格」)");
        });
        problems.assertNone("scenario coverage");
    }

    @Test
    void everyIdLikeTagResolvesAndEveryAssertedControlIsTagged() throws IOException {
        FeatureFiles features = FeatureFiles.read(Path.of("features"));
        Problems problems = new Problems();
        for (Scenario scenario : features.scenarios) {
            for (String tag : scenario.tags()) {
                if (ID_LIKE.matcher(tag).matches()) {
                    boolean known = catalog.item(tag).isPresent() || catalog.measure(tag).isPresent()
                            || catalog.measures().stream().flatMap(m -> m.groups().stream()).anyMatch(g -> g.id().equals(tag));
                    problems.check(known, FeatureFiles.where(scenario) + ": tag @" + tag + " is not a catalog id");
                }
            }
            Map<String, List<String>> outcomes = FeatureFiles.outcomes(scenario);
            for (String control : outcomes.keySet()) {
                problems.check(scenario.tags().contains(control), FeatureFiles.where(scenario)
                        + ": scenario asserts 管理策「" + control + "」 but is not tagged @" + control);
                problems.check(catalog.item(control).map(Item::check).orElse(Check.PLANNED) != Check.PLANNED,
                        FeatureFiles.where(scenario) + ": scenario asserts " + control
                                + ", which is not encoded (check: planned)");
            }
            boolean assertsExitCode = scenario.steps().stream().anyMatch(step -> step.contains("終了コードは"));
            problems.check(!outcomes.isEmpty() || assertsExitCode, FeatureFiles.where(scenario)
                    + ": scenario 「" + scenario.name() + "」 asserts no outcome and no exit code");
        }
        problems.assertNone("feature");
    }

    @Test
    void everyParameterIsDefinedReadAndNamesRealControls() throws IOException {
        ParameterCatalog parameters = ParameterCatalog.shipped(catalog);
        Set<String> used = new HashSet<>();
        Problems problems = new Problems();
        try (Stream<Path> files = Files.walk(Path.of("rules"))) {
            for (Path drl : files.filter(f -> f.toString().endsWith(".drl")).sorted().toList()) {
                Matcher use = PARAMETER_USE.matcher(Files.readString(drl, StandardCharsets.UTF_8));
                while (use.find()) {
                    used.add(use.group(1));
                    problems.check(parameters.named(use.group(1)).isPresent(),
                            drl + ": reads parameter " + use.group(1) + ", which no rules/parameters/*.yaml defines");
                }
            }
        }
        catalog.items().flatMap(item -> item.decide().stream()).forEach(requirement -> {
            for (String name : requirement.parameters()) {
                used.add(name);
                problems.check(parameters.named(name).isPresent(), requirement.control() + ": its " + requirement.template()
                        + " reads parameter " + name + ", which no rules/parameters/*.yaml defines");
            }
        });
        for (ParameterDefinition definition : parameters.all()) {
            if (definition.appliesTo() == null) {
                problems.check(used.contains(definition.name()), "parameter " + definition.name() + " is read by no rule");
                problems.check(!definition.controls().isEmpty(), "parameter " + definition.name() + " names no controls");
            } else {
                problems.check(!used.contains(definition.name()), "parameter " + definition.name() + " applies to "
                        + definition.appliesTo() + " but a rule reads it; give it controls instead");
            }
            problems.check(definition.title() != null && definition.title().en() != null,
                    "parameter " + definition.name() + " needs a ja/en title");
            problems.check(definition.defaultValue() != null, "parameter " + definition.name() + " has no default");
            for (String control : definition.controls()) {
                problems.check(catalog.item(control).isPresent(), "parameter " + definition.name() + " names unknown control " + control);
                problems.check(rules.rulesByControl().containsKey(control)
                                || catalog.item(control).map(item -> !item.decide().isEmpty()).orElse(false),
                        "parameter " + definition.name() + " names " + control + ", which no rule decides");
            }
        }
        problems.assertNone("parameter");
    }
}
