package jp.kijun.cli;

import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import jp.kijun.catalog.Catalog;
import jp.kijun.catalog.CatalogLoader;
import jp.kijun.catalog.Item;
import jp.kijun.catalog.Measure;
import jp.kijun.catalog.Text;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;

/** {@code kijun catalog list}. */
@Command(name = "list",
        mixinStandardHelpOptions = true,
        description = {"管理策を一覧します。", "Lists the controls, one per line (table) or as JSON.", ""},
        footer = {"", "Examples:", "  kijun catalog list --measure P3a", "  kijun catalog list --format json | jq length"})
final class CatalogListCommand implements Callable<Integer> {

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    enum Format { table, json }

    @Option(names = "--measure", paramLabel = "ID", description = "Only this measure, e.g. P1a.")
    String measure;

    @Option(names = "--format", paramLabel = "table|json", defaultValue = "table",
            description = "table (default) or json.")
    Format format;

    @Mixin
    CommonOptions common;

    record Entry(String id, String measure, String group, String tier, String check, Text title, Text detail,
                 List<String> related) {
    }

    @Override
    public Integer call() throws Exception {
        Catalog catalog = CatalogLoader.shipped();
        List<Measure> measures = catalog.measures();
        if (measure != null) {
            Measure only = catalog.measure(measure).orElseThrow(() -> new UsageException(
                    "--measure " + measure + ": no such measure; expected one of "
                            + String.join(" ", catalog.measures().stream().map(Measure::id).toList())));
            measures = List.of(only);
        }
        PrintWriter out = spec.commandLine().getOut();
        List<Entry> entries = measures.stream()
                .flatMap(m -> m.items().map(item -> entry(m, item)))
                .toList();
        if (format == Format.json) {
            out.println(JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build()
                    .writeValueAsString(entries));
        } else {
            for (Entry entry : entries) {
                out.printf("%-9s %-9s %-11s %s%n", entry.id(), entry.tier(), entry.check(),
                        entry.title().in(common.language));
            }
        }
        return 0;
    }

    private static Entry entry(Measure measure, Item item) {
        return new Entry(item.id(), measure.id(), item.groupId(), measure.tier().code(), item.check().code(),
                item.title(), item.detail(), item.related());
    }
}
