package jp.kijun.cli;

import jp.kijun.catalog.Catalog;
import jp.kijun.catalog.CatalogLoader;
import jp.kijun.catalog.RulePack;
import jp.kijun.catalog.RulePackFiles;
import jp.kijun.catalog.Scenario;
import jp.kijun.catalog.ScenarioIndex;
import jp.kijun.engine.PackRules;
import jp.kijun.engine.RuleBase;
import jp.kijun.report.ReferenceDocs;
import jp.kijun.tailoring.TailoredCatalog;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;

/** {@code kijun docs OUT}. */
@Command(name = "docs",
        mixinStandardHelpOptions = true,
        description = {"カタログ・パラメータ・規則・シナリオから参照文書（静的 HTML）を生成します。",
                "Writes a browsable reference (static HTML, no network) generated from the metadata: one page per",
                "measure with every item's Japanese text and kijun's translation, tier, check type, the parameters",
                "its rules read, the DRL that decides it, its scenarios and its related items.", ""},
        footer = {"", "Examples:", "  kijun docs build/docs", "  kijun docs build/docs --pack examples/packs/denryoku-ot"})
final class DocsCommand implements Callable<Integer> {

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Parameters(paramLabel = "OUT", description = "The folder to write (created when missing).")
    Path out;

    @Option(names = "--pack", paramLabel = "DIR", description = "Also document a rule pack. Repeatable.")
    List<Path> packs = new ArrayList<>();

    @Override
    public Integer call() throws Exception {
        TailoredCatalog tailored = TailoredCatalog.resolve(null, packs, CatalogLoader.shipped());
        Catalog catalog = tailored.catalog();
        Map<String, String> drl = new LinkedHashMap<>(RulePackFiles.read("rules", ".drl"));
        Map<String, List<String>> rulesByControl = new TreeMap<>(RuleBase.shipped().rulesByControl());
        List<Scenario> scenarios = new ArrayList<>(ScenarioIndex.shipped().all());
        PackRules packRules = new PackRules(PackRules.defaultCache(System.getenv()));
        for (RulePack pack : tailored.packs()) {
            for (Path file : pack.drlFiles()) {
                drl.put(file.toString(), Files.readString(file, StandardCharsets.UTF_8));
            }
            rulesByControl.putAll(packRules.rules(pack).rulesByControl());
            if (Files.isDirectory(pack.features())) {
                Path folder = pack.features().toAbsolutePath();
                scenarios.addAll(ScenarioIndex.read(folder, folder.getParent()).all());
            }
        }
        List<Path> written = new ReferenceDocs(catalog, tailored.parameters(), drl, rulesByControl, scenarios).write(out);
        spec.commandLine().getOut().println("wrote " + written.size() + " pages to " + out + " (open " + out.resolve("index.html") + ")");
        return 0;
    }
}
