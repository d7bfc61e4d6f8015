package jp.kijun.cli;

import jp.kijun.catalog.Catalog;
import jp.kijun.catalog.CatalogLoader;
import jp.kijun.catalog.Item;
import jp.kijun.catalog.Measure;
import jp.kijun.catalog.Scenario;
import jp.kijun.catalog.ScenarioIndex;
import jp.kijun.engine.RuleBase;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;

/** {@code kijun catalog show ID}. */
@Command(name = "show",
        mixinStandardHelpOptions = true,
        description = {"管理策の詳細を表示します。",
                "Shows one control: its Japanese text and kijun's English translation, tier, how it is decided,",
                "the rules that decide it and the scenarios that specify it.", ""},
        footer = {"", "Example:", "  kijun catalog show P3a-1-03"})
final class CatalogShowCommand implements Callable<Integer> {

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Parameters(paramLabel = "ID", description = "A control id such as P1a-1-01.")
    String id;

    @Override
    public Integer call() throws Exception {
        Catalog catalog = CatalogLoader.shipped();
        Item item = catalog.item(id).orElseThrow(() -> new UsageException(id
                + ": no such control; expected an id such as P1a-1-01 (see kijun catalog list)"));
        Measure measure = catalog.measureOf(item);
        PrintWriter out = spec.commandLine().getOut();
        out.println(item.id() + "  " + item.title().ja());
        out.println("  en: " + item.title().en() + "  (kijun's translation)");
        if (item.detail() != null) {
            out.println("  詳細: （" + item.detail().ja() + "）");
            out.println("  detail: (" + item.detail().en() + ")");
        }
        out.println("measure: " + measure.id() + " " + measure.heading() + " " + measure.title().ja() + " / "
                + measure.title().en());
        out.println("group:   " + item.groupId() + " " + measure.groups().stream()
                .filter(g -> g.id().equals(item.groupId())).findFirst().map(g -> g.title().ja() + " / " + g.title().en())
                .orElse(""));
        out.println("tier:    " + measure.tier().code() + " (" + measure.tier().label().ja() + ")");
        out.println("check:   " + item.check().code());
        if (item.rationale() != null) {
            out.println("  why:   " + item.rationale().ja() + " / " + item.rationale().en());
        }
        if (!item.related().isEmpty()) {
            out.println("related: " + String.join(" ", item.related()));
        }
        if (item.note() != null) {
            out.println("note:    " + item.note().ja() + " / " + item.note().en());
        }
        List<String> rules = RuleBase.shipped().rulesByControl().getOrDefault(item.id(), List.of());
        out.println("rules (" + rules.size() + "):");
        rules.forEach(rule -> out.println("  - " + rule));
        List<Scenario> scenarios = ScenarioIndex.shipped().tagged(item.id());
        out.println("scenarios (" + scenarios.size() + "):");
        scenarios.forEach(s -> out.println("  - " + s.name() + "  (" + s.feature() + ":" + s.line() + ")"));
        return 0;
    }
}
