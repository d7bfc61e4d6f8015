package jp.kijun.cli;

import io.cucumber.core.cli.Main;
import jp.kijun.catalog.Catalog;
import jp.kijun.catalog.CatalogLoader;
import jp.kijun.catalog.Check;
import jp.kijun.catalog.RulePack;
import jp.kijun.catalog.RulePackLoader;
import jp.kijun.catalog.Scenario;
import jp.kijun.catalog.ScenarioIndex;
import jp.kijun.engine.PackRules;
import jp.kijun.engine.RuleBase;
import jp.kijun.engine.RuleFirings;
import jp.kijun.steps.ScenarioResults;
import jp.kijun.steps.ScenarioSettings;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.Callable;

/** {@code kijun test [PACK...]}. */
@Command(name = "test",
        mixinStandardHelpOptions = true,
        sortOptions = false,
        description = {"規則パックのシナリオ（日本語の Gherkin）を実行します。",
                "Runs a rule pack's Japanese scenarios (features/*.feature) with kijun's Japanese step library, the",
                "pack's rules compiled beside the shipped ones; without a pack, runs the shipped scenarios. Prints a",
                "result per scenario and exits 1 when one fails.", ""},
        footer = {"", "Examples:", "  kijun test examples/packs/denryoku-ot",
                "  kijun test examples/packs/denryoku-ot --coverage", "  kijun test            (the shipped scenarios)"})
final class TestCommand implements Callable<Integer> {

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Parameters(arity = "0..*", paramLabel = "PACK", description = "Rule pack folders (default: the shipped scenarios).")
    List<Path> packs = new ArrayList<>();

    @Option(names = "--coverage", description = "Also report which rules fired in the scenarios, which never did, "
            + "and which automated controls lack a passing or a failing scenario.")
    boolean coverage;

    @Override
    public Integer call() throws Exception {
        Catalog guideline = CatalogLoader.shipped();
        List<RulePack> loaded = new RulePackLoader(guideline).load(packs);
        PackRules packRules = new PackRules(PackRules.defaultCache(System.getenv()));
        List<RuleBase> ruleBases = new ArrayList<>(List.of(RuleBase.shipped()));
        for (RulePack pack : loaded) {
            ruleBases.add(packRules.rules(pack));
        }
        RuleFirings firings = new RuleFirings();
        ScenarioSettings.configure(packs, firings);
        ScenarioResults.clear();
        List<String> features = new ArrayList<>();
        for (RulePack pack : loaded) {
            if (!Files.isDirectory(pack.features())) {
                throw new UsageException(pack.features() + ": the pack has no features; expected features/*.feature");
            }
            features.add(pack.features().toString());
        }
        if (features.isEmpty()) {
            features.add("classpath:kijun/features");
        }
        List<String> arguments = new ArrayList<>(List.of("--glue", "jp.kijun.steps", "--plugin",
                ScenarioResults.class.getName(), "--monochrome"));
        arguments.addAll(features);
        System.setProperty("cucumber.publish.quiet", "true");
        byte status;
        try {
            status = Main.run(arguments.toArray(String[]::new), Thread.currentThread().getContextClassLoader());
        } finally {
            ScenarioSettings.configure(List.of(), null);
        }
        PrintWriter out = spec.commandLine().getOut();
        List<ScenarioResults.Result> results = ScenarioResults.results();
        for (ScenarioResults.Result result : results) {
            out.printf("%s %s  (%s)%n", result.passed() ? "✓" : "✗", result.name(), result.location());
            if (!result.passed() && result.error() != null) {
                result.error().lines().limit(8).forEach(line -> out.println("    " + line));
            }
        }
        long failed = results.stream().filter(r -> !r.passed()).count();
        out.printf("%d scenarios: %d passed, %d failed%n", results.size(), results.size() - failed, failed);
        if (coverage) {
            coverage(out, ruleBases, firings, loaded, guideline);
        }
        out.flush();
        return failed == 0 && status == 0 && !results.isEmpty() ? 0 : 1;
    }

    private void coverage(PrintWriter out, List<RuleBase> ruleBases, RuleFirings firings, List<RulePack> loaded,
                          Catalog guideline) throws Exception {
        Set<String> rules = new TreeSet<>();
        List<RuleBase> measured = loaded.isEmpty() ? ruleBases : ruleBases.subList(1, ruleBases.size());
        measured.forEach(ruleBase -> rules.addAll(ruleBase.controlsByRule().keySet()));
        Set<String> neverFired = firings.neverFired(measured);
        out.println();
        out.printf("Rules: %d; fired in the scenarios: %d; never fired: %d%n", rules.size(),
                rules.size() - neverFired.size(), neverFired.size());
        neverFired.forEach(rule -> out.println("  never fired: " + rule));

        List<Scenario> scenarios = new ArrayList<>();
        Map<String, Check> automated = new TreeMap<>();
        if (loaded.isEmpty()) {
            scenarios.addAll(ScenarioIndex.shipped().all());
            guideline.items().filter(i -> i.check() == Check.AUTOMATED).forEach(i -> automated.put(i.id(), i.check()));
        } else {
            for (RulePack pack : loaded) {
                Path folder = pack.features().toAbsolutePath();
                scenarios.addAll(ScenarioIndex.read(folder, folder.getParent()).all());
                pack.measure().items().filter(i -> i.check() == Check.AUTOMATED).forEach(i -> automated.put(i.id(), i.check()));
            }
        }
        int missing = 0;
        for (String control : automated.keySet()) {
            Set<String> asserted = new TreeSet<>();
            scenarios.stream().filter(s -> s.tags().contains(control))
                    .forEach(s -> asserted.addAll(ScenarioIndex.outcomes(s).getOrDefault(control, List.of())));
            for (String outcome : List.of("合格", "不合格")) {
                if (!asserted.contains(outcome)) {
                    missing++;
                    out.printf("  %s has no scenario in which it is 「%s」%n", control, outcome);
                }
            }
        }
        out.printf("Controls: %d automated; %d lack a passing or a failing scenario%n", automated.size(), missing);
    }
}
