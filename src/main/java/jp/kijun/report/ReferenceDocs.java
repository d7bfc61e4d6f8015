package jp.kijun.report;

import jp.kijun.catalog.Catalog;
import jp.kijun.catalog.Group;
import jp.kijun.catalog.Item;
import jp.kijun.catalog.Measure;
import jp.kijun.catalog.ParameterCatalog;
import jp.kijun.catalog.ParameterDefinition;
import jp.kijun.catalog.Scenario;
import jp.kijun.catalog.Text;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The browsable reference that {@code kijun docs} writes: static HTML, no network, generated from the catalog,
 * the parameters, the DRL and the scenarios — an index and one page per measure, every item with its ja/en text,
 * tier, check type, the parameters its rules read, the DRL that decides it, its scenarios and its related items.
 */
public final class ReferenceDocs {

    private static final Pattern RULE = Pattern.compile("(?ms)^rule\\s+\"([^\"]+)\".*?^end\\s*$");
    private static final String STYLE = """
            body{font-family:"Noto Sans JP","Hiragino Sans","Yu Gothic",sans-serif;margin:2rem auto;max-width:60rem;\
            padding:0 1rem;line-height:1.6;color:#1b1b1b}a{color:#0b57d0}h1,h2,h3{line-height:1.3}\
            .item{border-top:1px solid #ccc;padding:.5rem 0}.id{font-family:monospace;font-weight:bold}\
            .en{color:#555}.meta{font-size:.9rem;color:#333}pre{background:#f5f5f5;padding:.5rem;overflow:auto;\
            font-size:.8rem}table{border-collapse:collapse}td,th{border:1px solid #ccc;padding:.2rem .5rem;text-align:left}\
            .note{font-size:.85rem;color:#555}""";

    private final Catalog catalog;
    private final ParameterCatalog parameters;
    private final Map<String, String> drlByRule;
    private final Map<String, List<String>> rulesByControl;
    private final List<Scenario> scenarios;

    /**
     * @param drlFiles       DRL text by file name, for the rule sources
     * @param rulesByControl the rules that decide each control
     */
    public ReferenceDocs(Catalog catalog, ParameterCatalog parameters, Map<String, String> drlFiles,
                         Map<String, List<String>> rulesByControl, List<Scenario> scenarios) {
        this.catalog = catalog;
        this.parameters = parameters;
        this.drlByRule = rules(drlFiles);
        this.rulesByControl = rulesByControl;
        this.scenarios = List.copyOf(scenarios);
    }

    /** Writes {@code index.html} and one page per measure into {@code directory}; returns the files written. */
    public List<Path> write(Path directory) throws IOException {
        Files.createDirectories(directory);
        List<Path> written = new ArrayList<>();
        written.add(write(directory.resolve("index.html"), index()));
        for (Measure measure : catalog.measures()) {
            written.add(write(directory.resolve(measure.id() + ".html"), page(measure)));
        }
        return written;
    }

    private static Path write(Path file, String html) throws IOException {
        Files.writeString(file, html, StandardCharsets.UTF_8);
        return file;
    }

    private String index() {
        StringBuilder body = new StringBuilder();
        body.append("<h1>kijun — 安全基準等策定指針 対策編 <span class=\"en\">reference</span></h1>\n");
        body.append("<p class=\"note\">英語は kijun による翻訳であり、日本語が正文です。 / English text is kijun's own translation; ")
                .append("the Japanese text is normative.</p>\n<table>\n<tr><th>ID</th><th>対策 / Measure</th><th>区分 / Tier</th>")
                .append("<th>項目 / Items</th><th>規則で判定 / Encoded</th></tr>\n");
        for (Measure measure : catalog.measures()) {
            long items = measure.items().count();
            long encoded = measure.items().filter(item -> rulesByControl.containsKey(item.id())).count();
            body.append("<tr><td class=\"id\"><a href=\"").append(esc(measure.id())).append(".html\">")
                    .append(esc(measure.id())).append("</a></td><td>").append(esc(measure.heading())).append(' ')
                    .append(both(measure.title())).append("</td><td>").append(both(measure.tier().label()))
                    .append("</td><td>").append(items).append("</td><td>").append(encoded).append("</td></tr>\n");
        }
        body.append("</table>\n");
        return document("kijun reference", body.toString());
    }

    private String page(Measure measure) {
        StringBuilder body = new StringBuilder();
        body.append("<p><a href=\"index.html\">← 一覧 / index</a></p>\n");
        String heading = measure.heading().equals(measure.id()) ? "" : esc(measure.heading()) + " ";
        body.append("<h1><span class=\"id\">").append(esc(measure.id())).append("</span> ").append(heading)
                .append(esc(measure.title().ja())).append("</h1>\n");
        body.append("<p class=\"en\">").append(esc(measure.title().en())).append("</p>\n");
        body.append("<p class=\"meta\">区分 / Tier: ").append(both(measure.tier().label())).append("</p>\n");
        if (measure.intro() != null) {
            body.append("<blockquote>").append(paragraphs(measure.intro().ja())).append("<div class=\"en\">")
                    .append(paragraphs(measure.intro().en())).append("</div></blockquote>\n");
        }
        for (Group group : measure.groups()) {
            if (!group.implied()) {
                body.append("<h2><span class=\"id\">").append(esc(group.id())).append("</span> ").append(both(group.title()))
                        .append("</h2>\n");
            }
            group.items().forEach(item -> item(body, measure, item));
        }
        return document(measure.id() + " " + measure.title().ja(), body.toString());
    }

    private void item(StringBuilder body, Measure measure, Item item) {
        body.append("<section class=\"item\" id=\"").append(esc(item.id())).append("\">\n<h3><span class=\"id\">")
                .append(esc(item.id())).append("</span> ").append(esc(item.title().ja())).append("</h3>\n");
        body.append("<p class=\"en\">").append(esc(item.title().en())).append("</p>\n");
        if (item.detail() != null) {
            body.append("<p>（").append(esc(item.detail().ja())).append("）<br><span class=\"en\">(")
                    .append(esc(item.detail().en())).append(")</span></p>\n");
        }
        body.append("<p class=\"meta\">区分 / Tier: ").append(both((item.tier() == null ? measure.tier() : item.tier()).label()))
                .append(" · 判定 / Check: ").append(esc(item.check().code())).append("</p>\n");
        if (item.rationale() != null) {
            body.append("<p class=\"note\">").append(both(item.rationale())).append("</p>\n");
        }
        links(body, "関連項目 / Related", item.related());
        links(body, "より厳しく判定する指針の項目 / Refines", item.refines());
        List<ParameterDefinition> read = parameters.all().stream()
                .filter(definition -> definition.controls().contains(item.id())).toList();
        if (!read.isEmpty()) {
            body.append("<p class=\"meta\">パラメータ / Parameters:</p><ul>\n");
            read.forEach(definition -> body.append("<li><code>").append(esc(definition.name())).append("</code> = ")
                    .append(esc(String.valueOf(definition.defaultValue()))).append(definition.unit() == null ? "" : " " + esc(definition.unit()))
                    .append(" — ").append(both(definition.title())).append("</li>\n"));
            body.append("</ul>\n");
        }
        List<String> rules = rulesByControl.getOrDefault(item.id(), List.of());
        if (!rules.isEmpty()) {
            body.append("<details><summary>規則 / Rules (").append(rules.size()).append(")</summary>\n");
            rules.forEach(rule -> body.append("<pre>").append(esc(drlByRule.getOrDefault(rule, "rule \"" + rule + "\""))).append("</pre>\n"));
            body.append("</details>\n");
        }
        List<Scenario> specified = scenarios.stream().filter(s -> s.tags().contains(item.id())).toList();
        if (!specified.isEmpty()) {
            body.append("<p class=\"meta\">シナリオ / Scenarios:</p><ul>\n");
            specified.forEach(s -> body.append("<li>").append(esc(s.name())).append(" <code>").append(esc(s.feature()))
                    .append(':').append(s.line()).append("</code></li>\n"));
            body.append("</ul>\n");
        }
        body.append("</section>\n");
    }

    private void links(StringBuilder body, String label, List<String> ids) {
        if (ids.isEmpty()) {
            return;
        }
        body.append("<p class=\"meta\">").append(esc(label)).append(": ");
        for (String id : ids) {
            String page = catalog.item(id).map(catalog::measureOf).map(Measure::id).orElse("index");
            body.append("<a href=\"").append(esc(page)).append(".html#").append(esc(id)).append("\">").append(esc(id)).append("</a> ");
        }
        body.append("</p>\n");
    }

    private static Map<String, String> rules(Map<String, String> drlFiles) {
        Map<String, String> byRule = new LinkedHashMap<>();
        drlFiles.forEach((file, text) -> {
            Matcher rule = RULE.matcher(text);
            while (rule.find()) {
                byRule.put(rule.group(1), "// " + file + "\n" + rule.group());
            }
        });
        return byRule;
    }

    private static String document(String title, String body) {
        return "<!DOCTYPE html>\n<html lang=\"ja\">\n<head>\n<meta charset=\"utf-8\">\n"
                + "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'\">\n"
                + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<title>" + esc(title)
                + "</title>\n<style>" + STYLE + "</style>\n</head>\n<body>\n" + body + "</body>\n</html>\n";
    }

    private static String paragraphs(String text) {
        StringBuilder html = new StringBuilder();
        for (String paragraph : text.split("\n\n")) {
            html.append("<p>").append(esc(paragraph)).append("</p>");
        }
        return html.toString();
    }

    private static String both(Text text) {
        return esc(text.ja()) + (text.en() == null ? "" : " <span class=\"en\">/ " + esc(text.en()) + "</span>");
    }

    private static String esc(String text) {
        return HtmlTemplate.escape(text);
    }
}
