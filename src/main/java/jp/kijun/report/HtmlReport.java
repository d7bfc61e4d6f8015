package jp.kijun.report;

import jp.kijun.catalog.Check;
import jp.kijun.catalog.Group;
import jp.kijun.catalog.Item;
import jp.kijun.catalog.Language;
import jp.kijun.catalog.Measure;
import jp.kijun.catalog.Scenario;
import jp.kijun.catalog.ScenarioIndex;
import jp.kijun.catalog.Text;
import jp.kijun.catalog.Tier;
import jp.kijun.engine.ControlResult;
import jp.kijun.engine.Evaluation;
import jp.kijun.engine.Outcome;
import jp.kijun.engine.Reason;
import jp.kijun.facts.FactOrigin;
import jp.kijun.facts.FactSchema;
import jp.kijun.facts.InputFile;
import jp.kijun.gate.Change;
import jp.kijun.gate.Comparison;
import jp.kijun.report.HtmlTemplate.Html;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * The report auditors read, filter, print and file: one self-contained HTML file (inline CSS, script and SVG;
 * a Content-Security-Policy that allows nothing to be fetched). Both languages are in the file: it opens in
 * the context's language (Japanese unless {@code --lang en}) and a toggle switches to the other, remembered in
 * the URL hash. The header names the organisation, the as-of date, the tool, rule pack and
 * profile, and every input with its SHA-256; a chart drawn here (no script needed) shows the outcomes per
 * measure; every control expands to its guideline text, its reasons with the facts they cite, its waivers and
 * the scenarios that specify it. Prints to A4 with everything expanded.
 *
 * <p>The markup lives in templates under {@code kijun/report/html/}; this class fills them, escaping all text.
 */
public final class HtmlReport implements Report {

    private static final Text TRANSLATION = new Text("kijun による英訳", "kijun's translation");
    private static final Text NO_WAIVER = new Text("記録なし", "None recorded");
    private static final Text NO_SCENARIO = new Text("まだありません", "None yet");
    private static final Text NO_FACT = new Text("引用された事実はありません。", "No fact is cited.");
    private static final Text NO_ORGANISATION = new Text("（組織名の記録なし）", "(organisation not recorded)");
    private static final Map<Check, Text> CHECKS = Map.of(
            Check.AUTOMATED, new Text("規則による自動判定", "rules, from facts"),
            Check.ATTESTATION, new Text("署名・日付のある証明", "a signed, dated attestation"),
            Check.PLANNED, new Text("未実装（規則はこれから）", "not encoded yet"));

    private final Supplier<ScenarioIndex> scenarios;
    private final Supplier<FactSchema> schema;

    /** The report with the scenarios and fact schema shipped in the jar. */
    public HtmlReport() {
        this(ScenarioIndex::shipped, FactSchema::shipped);
    }

    HtmlReport(Supplier<ScenarioIndex> scenarios, Supplier<FactSchema> schema) {
        this.scenarios = scenarios;
        this.schema = schema;
    }

    @Override
    public String format() {
        return "html";
    }

    @Override
    public void write(Evaluation evaluation, ReportContext context, Writer out) throws IOException {
        new Page(evaluation, context, scenarios.get(), schema.get()).write(out);
        out.flush();
    }

    /** One rendering: the evaluation and what it needs, and the templates. */
    private static final class Page {

        private final Evaluation evaluation;
        private final ReportContext context;
        private final ScenarioIndex scenarios;
        private final FactTypeLabels types;
        private final HtmlTemplate measureTemplate = HtmlTemplate.load("measure.html");
        private final HtmlTemplate groupTemplate = HtmlTemplate.load("group.html");
        private final HtmlTemplate controlTemplate = HtmlTemplate.load("control.html");
        private final HtmlTemplate comparisonTemplate = HtmlTemplate.load("comparison.html");

        Page(Evaluation evaluation, ReportContext context, ScenarioIndex scenarios, FactSchema schema) {
            this.evaluation = evaluation;
            this.context = context;
            this.scenarios = scenarios;
            this.types = new FactTypeLabels(schema);
        }

        void write(Writer out) throws IOException {
            String style = HtmlTemplate.resource("report.css");
            String script = HtmlTemplate.resource("report.js");
            ToolInfo tool = context.tool();
            String organisation = evaluation.organisation();
            Map<String, Object> values = new LinkedHashMap<>();
            String lang = context.language().code();
            String titleJa = "評価報告書: " + (organisation == null ? "" : organisation + " ") + evaluation.asOf();
            String titleEn = "Evaluation report: " + (organisation == null ? "" : organisation + " ") + evaluation.asOf();
            values.put("lang", lang);
            values.put("titleJa", titleJa);
            values.put("titleEn", titleEn);
            values.put("title", context.language() == Language.EN ? titleEn : titleJa);
            values.put("jaChecked", new Html(context.language() == Language.EN ? "" : " checked"));
            values.put("enChecked", new Html(context.language() == Language.EN ? " checked" : ""));
            values.put("csp", "default-src 'none'; style-src '" + sha256(style) + "'; script-src '" + sha256(script)
                    + "'; base-uri 'none'; form-action 'none'");
            values.put("generator", tool.name() + " " + tool.version());
            values.put("style", new Html(style));
            values.put("script", new Html(script));
            values.put("organisation", organisation == null ? both(NO_ORGANISATION) : organisation);
            values.put("asOf", evaluation.asOf().toString());
            values.put("tool", tool.name() + " " + tool.version());
            values.put("rulePack", tool.rulePack());
            values.put("profile", context.settings().profile());
            values.put("inputCount", evaluation.inputs().size());
            values.put("inputs", inputs());
            values.put("totals", totals());
            values.put("legend", legend());
            values.put("chart", OutcomeChart.render(byMeasure()));
            values.put("comparison", context.comparison() == null ? Html.EMPTY : comparison(context.comparison()));
            values.put("outcomeFilters", outcomeFilters());
            values.put("tierFilters", tierFilters());
            values.put("measureOptions", measureOptions());
            values.put("total", evaluation.results().size());
            values.put("measures", measures());
            out.write(HtmlTemplate.load("page.html").render(values).markup());
        }

        private Html comparison(Comparison comparison) {
            Map<String, Object> values = new LinkedHashMap<>();
            values.put("baseline", comparison.baseline());
            values.put("regressionCount", comparison.regressions().size());
            values.put("improvementCount", comparison.improvements().size());
            values.put("addedCount", comparison.added().size());
            values.put("removedCount", comparison.removed().size());
            values.put("regressions", changes("regressions", new Text("悪化", "Regressions"), comparison.regressions(),
                    new Text("悪化した管理策はありません。", "No control got worse.")));
            values.put("improvements", changes("improvements", new Text("改善", "Improvements"),
                    comparison.improvements(), null));
            return comparisonTemplate.render(values);
        }

        /** A table of changed controls, each linked to the control below; nothing, or {@code whenNone}, for none. */
        private Html changes(String kind, Text caption, List<Change> changes, Text whenNone) {
            if (changes.isEmpty()) {
                return whenNone == null ? Html.EMPTY : none(whenNone);
            }
            StringBuilder html = new StringBuilder("<table class=\"changes\" data-changes=\"").append(kind)
                    .append("\">\n<caption>").append(both(caption)).append(" (").append(changes.size())
                    .append(")</caption>\n<thead><tr><th scope=\"col\">").append(both(new Text("管理策", "Control")))
                    .append("</th><th scope=\"col\">").append(both(new Text("項目", "Item")))
                    .append("</th><th scope=\"col\">").append(both(new Text("区分", "Tier")))
                    .append("</th><th scope=\"col\">").append(both(new Text("基準 → 今回", "Baseline → now")))
                    .append("</th></tr></thead>\n<tbody>\n");
            for (Change change : changes) {
                String title = evaluation.result(change.id()).map(result -> both(result.item().title()).markup())
                        .orElse("");
                String before = change.isNew() ? both(new Text("新規", "new")).markup() : badge(change.before());
                html.append("<tr data-change=\"").append(esc(change.id())).append("\"><td><a href=\"#")
                        .append(esc(change.id())).append("\" data-control-link><code>").append(esc(change.id()))
                        .append("</code></a></td><td>").append(title).append("</td><td>")
                        .append(both(change.tier().label())).append("</td><td>").append(before).append(" → ")
                        .append(badge(change.after())).append("</td></tr>\n");
            }
            return new Html(html.append("</tbody>\n</table>\n").toString());
        }

        private static String badge(Outcome outcome) {
            return "<span class=\"badge outcome-" + outcome.code() + "\">" + both(outcome.label()).markup() + "</span>";
        }

        private Html inputs() {
            StringBuilder rows = new StringBuilder();
            for (InputFile input : evaluation.inputs()) {
                rows.append("<tr data-input><td><code>").append(esc(input.path())).append("</code></td><td>")
                        .append(esc(input.sha256())).append("</td></tr>\n");
            }
            return new Html(rows.toString());
        }

        private Html totals() {
            StringBuilder html = new StringBuilder();
            html.append("<div class=\"total-all\"><dt><span lang=\"ja\">管理策</span><span lang=\"en\">Controls</span></dt>")
                    .append("<dd data-total>").append(evaluation.results().size()).append("</dd></div>\n");
            evaluation.summary().forEach((outcome, count) -> html.append("<div class=\"outcome-").append(outcome.code())
                    .append("\"><dt>").append(both(outcome.label())).append("</dt><dd data-outcome-count=\"")
                    .append(outcome.code()).append("\">").append(count).append("</dd></div>\n"));
            return new Html(html.toString());
        }

        private Html legend() {
            StringBuilder html = new StringBuilder();
            for (Outcome outcome : Outcome.values()) {
                html.append("<li class=\"outcome-").append(outcome.code()).append("\">").append(both(outcome.label()))
                        .append("</li>\n");
            }
            return new Html(html.toString());
        }

        private Html outcomeFilters() {
            StringBuilder html = new StringBuilder();
            evaluation.summary().forEach((outcome, count) -> html
                    .append("<label><input type=\"checkbox\" name=\"outcome\" value=\"").append(outcome.code())
                    .append("\" checked> ").append(both(outcome.label())).append(" (").append(count).append(")</label>\n"));
            return new Html(html.toString());
        }

        private Html tierFilters() {
            StringBuilder html = new StringBuilder();
            for (Tier tier : Tier.values()) {
                long count = evaluation.results().stream().filter(r -> r.tier() == tier).count();
                html.append("<label><input type=\"checkbox\" name=\"tier\" value=\"").append(tier.code())
                        .append("\" checked> ").append(both(tier.label())).append(" (").append(count).append(")</label>\n");
            }
            return new Html(html.toString());
        }

        private Html measureOptions() {
            StringBuilder html = new StringBuilder();
            for (Measure measure : byMeasure().keySet()) {
                String ja = measure.id() + " " + measure.heading() + " " + measure.title().ja();
                String en = measure.id() + " " + measure.title().in(Language.EN);
                html.append("<option value=\"").append(esc(measure.id())).append("\" data-ja=\"").append(esc(ja))
                        .append("\" data-en=\"").append(esc(en)).append("\">").append(esc(ja)).append("</option>\n");
            }
            return new Html(html.toString());
        }

        /** The results grouped by measure, in catalog order. */
        private Map<Measure, List<ControlResult>> byMeasure() {
            Map<Measure, List<ControlResult>> measures = new LinkedHashMap<>();
            evaluation.results().forEach(r -> measures.computeIfAbsent(r.measure(), k -> new ArrayList<>()).add(r));
            return measures;
        }

        private Html measures() {
            StringBuilder html = new StringBuilder();
            byMeasure().forEach((measure, results) -> html.append(measure(measure, results).markup()));
            return new Html(html.toString());
        }

        private Html measure(Measure measure, List<ControlResult> results) {
            Map<String, ControlResult> byId = new LinkedHashMap<>();
            results.forEach(result -> byId.put(result.id(), result));
            StringBuilder groups = new StringBuilder();
            for (Group group : measure.groups()) {
                List<ControlResult> inGroup = group.items().stream().map(Item::id).filter(byId::containsKey)
                        .map(byId::get).toList();
                if (!inGroup.isEmpty()) {
                    groups.append(group(group, inGroup).markup());
                }
            }
            Map<String, Object> values = new LinkedHashMap<>();
            values.put("id", measure.id());
            values.put("tier", measure.tier().code());
            values.put("heading", measure.heading());
            values.put("title", both(measure.title()));
            values.put("tierLabel", both(measure.tier().label()));
            values.put("counts", counts(results));
            values.put("intro", paragraphs(measure.intro()));
            values.put("groups", new Html(groups.toString()));
            return measureTemplate.render(values);
        }

        private Html counts(List<ControlResult> results) {
            Map<Outcome, Integer> counts = new EnumMap<>(Outcome.class);
            results.forEach(result -> counts.merge(result.outcome(), 1, Integer::sum));
            StringBuilder html = new StringBuilder();
            counts.forEach((outcome, count) -> html.append("<span class=\"count\" data-measure-count=\"")
                    .append(outcome.code()).append("\">").append(both(outcome.label())).append(' ').append(count)
                    .append("</span>"));
            return new Html(html.toString());
        }

        private Html group(Group group, List<ControlResult> results) {
            String headingClass = group.implied() ? " class=\"sr-only\"" : "";
            String heading = "<h3" + headingClass + "><span class=\"group-id\">" + esc(group.id()) + "</span> "
                    + both(group.title()) + "</h3>\n";
            StringBuilder controls = new StringBuilder();
            results.forEach(result -> controls.append(control(result).markup()));
            Map<String, Object> values = new LinkedHashMap<>();
            values.put("id", group.id());
            values.put("heading", new Html(heading));
            values.put("controls", new Html(controls.toString()));
            return groupTemplate.render(values);
        }

        private Html control(ControlResult result) {
            Item item = result.item();
            Map<String, Object> values = new LinkedHashMap<>();
            values.put("id", item.id());
            values.put("outcome", result.outcome().code());
            values.put("tier", result.tier().code());
            values.put("measure", result.measure().id());
            values.put("check", item.check().code());
            values.put("outcomeLabel", both(result.outcome().label()));
            values.put("title", both(new jp.kijun.catalog.Text(item.title().ja() + DecidedWith.note(result, jp.kijun.catalog.Language.JA),
                    item.title().en() + DecidedWith.note(result, jp.kijun.catalog.Language.EN))));
            values.put("tierLabel", both(result.tier().label()));
            values.put("checkLabel", both(CHECKS.get(item.check())));
            values.put("guideline", guideline(item));
            values.put("reasons", reasons(result.reasons()));
            values.put("waivers", Exemptions.describe(result).map(text -> new Html("<p>" + both(text) + "</p>\n"))
                    .orElseGet(() -> none(NO_WAIVER)));
            values.put("scenarios", scenarios(item.id()));
            return controlTemplate.render(values);
        }

        /** The guideline's words: Japanese verbatim (always shown), kijun's English beside it in English view. */
        private Html guideline(Item item) {
            StringBuilder html = new StringBuilder();
            html.append("<blockquote class=\"guideline keep\" lang=\"ja\">\n<p>").append(esc(item.title().ja())).append("</p>\n");
            if (item.detail() != null) {
                html.append("<p class=\"detail\">（").append(esc(item.detail().ja())).append("）</p>\n");
            }
            html.append("</blockquote>\n");
            html.append("<div class=\"translation\" lang=\"en\">\n<p><span class=\"marker\">")
                    .append(esc(TRANSLATION.en())).append(":</span> ").append(esc(item.title().en())).append("</p>\n");
            if (item.detail() != null) {
                html.append("<p class=\"detail\">(").append(esc(item.detail().en())).append(")</p>\n");
            }
            html.append("</div>\n");
            if (item.rationale() != null) {
                html.append("<p class=\"note\">").append(both(new Text("証明による理由: " + item.rationale().ja(),
                        "Why an attestation: " + item.rationale().en()))).append("</p>\n");
            }
            if (item.note() != null) {
                html.append("<p class=\"note\">").append(both(new Text("編注: " + item.note().ja(),
                        "Editorial note: " + item.note().en()))).append("</p>\n");
            }
            return new Html(html.toString());
        }

        private Html reasons(List<Reason> reasons) {
            StringBuilder html = new StringBuilder("<ul class=\"reasons\">\n");
            for (Reason reason : reasons) {
                html.append("<li class=\"verdict-").append(reason.verdict().code()).append("\">\n<p lang=\"ja\">［")
                        .append(esc(reason.verdict().label().ja())).append("］").append(esc(reason.message().ja()))
                        .append("</p>\n<p lang=\"en\">[").append(esc(reason.verdict().label().en())).append("] ")
                        .append(esc(reason.message().en())).append("</p>\n");
                if (reason.rule() != null || !reason.facts().isEmpty()) {
                    html.append(facts(reason.facts()).markup());
                }
                if (reason.rule() != null) {
                    html.append("<p class=\"rule\"><span lang=\"ja\">規則</span><span lang=\"en\">Rule</span>: <code>")
                            .append(esc(reason.rule())).append("</code></p>\n");
                }
                html.append("</li>\n");
            }
            return new Html(html.append("</ul>\n").toString());
        }

        private Html facts(List<FactOrigin> facts) {
            if (facts.isEmpty()) {
                return new Html("<p class=\"none\">" + both(NO_FACT) + "</p>\n");
            }
            StringBuilder html = new StringBuilder("<table class=\"facts\">\n<caption class=\"sr-only\">")
                    .append(both(new Text("根拠となる事実", "Facts cited"))).append("</caption>\n<thead><tr>")
                    .append("<th scope=\"col\">").append(both(new Text("種類", "Type"))).append("</th>")
                    .append("<th scope=\"col\">ID</th>")
                    .append("<th scope=\"col\">").append(both(new Text("記載箇所", "Source (file:line)"))).append("</th>")
                    .append("</tr></thead>\n<tbody>\n");
            for (FactOrigin fact : facts) {
                html.append("<tr data-fact><td>").append(both(types.of(fact.type()))).append(" <code>")
                        .append(esc(fact.type())).append("</code></td><td><code>").append(esc(fact.id()))
                        .append("</code></td><td><code>").append(esc(fact.source().fileAndLine()))
                        .append("</code></td></tr>\n");
            }
            return new Html(html.append("</tbody>\n</table>\n").toString());
        }

        private Html scenarios(String id) {
            List<Scenario> specifying = scenarios.tagged(id);
            if (specifying.isEmpty()) {
                return none(NO_SCENARIO);
            }
            StringBuilder html = new StringBuilder("<ul class=\"scenarios\">\n");
            for (Scenario scenario : specifying) {
                html.append("<li><code>").append(esc(scenario.feature() + ":" + scenario.line())).append("</code> ")
                        .append("<span lang=\"ja\" class=\"keep\">").append(esc(scenario.name())).append("</span></li>\n");
            }
            return new Html(html.append("</ul>\n").toString());
        }
    }

    private static Html none(Text text) {
        return new Html("<p class=\"none\">" + both(text) + "</p>\n");
    }

    /** Paragraphs (separated by blank lines) in both languages. */
    private static Html paragraphs(Text text) {
        if (text == null) {
            return Html.EMPTY;
        }
        StringBuilder html = new StringBuilder();
        for (String paragraph : text.ja().split("\\n\\s*\\n")) {
            html.append("<p lang=\"ja\">").append(esc(paragraph.strip())).append("</p>\n");
        }
        if (text.en() != null) {
            for (String paragraph : text.en().split("\\n\\s*\\n")) {
                html.append("<p lang=\"en\">").append(esc(paragraph.strip())).append("</p>\n");
            }
        }
        return new Html(html.toString());
    }

    /** A label in both languages; the stylesheet shows the one the reader chose. */
    static Html both(Text text) {
        String en = text.en() == null ? text.ja() : text.en();
        return new Html("<span lang=\"ja\">" + esc(text.ja()) + "</span><span lang=\"en\">" + esc(en) + "</span>");
    }

    private static String esc(String text) {
        return HtmlTemplate.escape(text);
    }

    /** The CSP source for an inline element: {@code sha256-BASE64} of its exact text. */
    private static String sha256(String text) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return "sha256-" + Base64.getEncoder().encodeToString(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
