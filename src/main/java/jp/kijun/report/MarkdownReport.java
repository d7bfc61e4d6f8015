package jp.kijun.report;

import jp.kijun.catalog.Check;
import jp.kijun.catalog.Language;
import jp.kijun.catalog.Measure;
import jp.kijun.catalog.Text;
import jp.kijun.engine.ControlResult;
import jp.kijun.gate.WaiverStatus;
import jp.kijun.engine.Evaluation;
import jp.kijun.engine.Outcome;
import jp.kijun.engine.Reason;
import jp.kijun.facts.FactOrigin;
import jp.kijun.facts.FactSchema;
import jp.kijun.facts.InputFile;
import jp.kijun.gate.Change;
import jp.kijun.gate.Comparison;

import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The report for a pull-request comment (GitHub-flavoured Markdown), in the language of the context: a title
 * line with the organisation and the as-of date, the totals, the regressions and then the improvements when a
 * baseline was given, the failed (and error) controls by measure in collapsible blocks with their reasons and
 * the facts they cite, one line for the controls not reviewed, and a footer with the tool, rule pack and the
 * inputs' digests. It stays under {@value #LIMIT} characters (a comment holds 65,536): what does not fit is
 * counted and left to the JSON and HTML reports.
 */
public final class MarkdownReport implements Report {

    /** The most characters a report may have; comfortably below GitHub's 65,536 for a comment. */
    static final int LIMIT = 60_000;

    @Override
    public String format() {
        return "markdown";
    }

    @Override
    public void write(Evaluation evaluation, ReportContext context, Writer out) throws IOException {
        out.write(new Document(evaluation, context).render());
        out.flush();
    }

    /** One rendering, in one language, within the size limit. */
    private static final class Document {

        private final Evaluation evaluation;
        private final ReportContext context;
        private final Language lang;
        private final StringBuilder body = new StringBuilder();
        private final String footer;
        private final FactTypeLabels types = new FactTypeLabels(FactSchema.shipped());

        Document(Evaluation evaluation, ReportContext context) {
            this.evaluation = evaluation;
            this.context = context;
            this.lang = context.language();
            this.footer = footer();
        }

        String render() {
            title();
            if (context.gate() != null) {
                body.append("**").append(md(context.gate().line().in(lang))).append("**\n\n");
            }
            totals();
            if (context.comparison() != null) {
                comparison(context.comparison());
            }
            failures(Outcome.FAILED);
            failures(Outcome.ERROR);
            if (evaluation.summary().get(Outcome.FAILED) + evaluation.summary().get(Outcome.ERROR) == 0) {
                body.append(t("不合格またはエラーの管理策はありません。", "No control failed or ended in an error.")).append("\n\n");
            }
            exemptions();
            notReviewed();
            return body + footer;
        }

        private void title() {
            String organisation = evaluation.organisation() == null
                    ? t("（組織名の記録なし）", "(organisation not recorded)") : evaluation.organisation();
            body.append("## kijun: ").append(md(organisation)).append(" — ")
                    .append(t(evaluation.asOf() + " 時点の評価", "evaluation as of " + evaluation.asOf())).append("\n\n");
            if (lang == Language.EN) {
                body.append("_English text is kijun's own translation; the Japanese text of the guideline is normative._\n\n");
            }
        }

        private void totals() {
            body.append("| ").append(t("結果", "Outcome")).append(" | ").append(t("件数", "Controls")).append(" |\n");
            body.append("| :-- | --: |\n");
            evaluation.summary().forEach((outcome, count) ->
                    body.append("| ").append(outcome.label().in(lang)).append(" | ").append(count).append(" |\n"));
            body.append("| ").append(t("計", "Total")).append(" | ").append(evaluation.results().size()).append(" |\n\n");
        }

        private void comparison(Comparison comparison) {
            body.append("### ").append(t("基準との比較", "Compared with the baseline")).append(": `")
                    .append(code(comparison.baseline())).append("`\n\n");
            body.append(t("悪化", "Regressions")).append(' ').append(comparison.regressions().size()).append(" · ")
                    .append(t("改善", "improvements")).append(' ').append(comparison.improvements().size()).append(" · ")
                    .append(t("その他の変化", "other changes")).append(' ').append(comparison.changed().size()).append(" · ")
                    .append(t("新規の管理策", "new controls")).append(' ').append(comparison.added().size());
            if (!comparison.removed().isEmpty()) {
                body.append(" · ").append(t("基準にのみある管理策", "only in the baseline")).append(' ')
                        .append(comparison.removed().size());
            }
            body.append("\n\n");
            changes(t("悪化", "Regressions"), comparison.regressions(), t("悪化はありません。", "No regressions."));
            changes(t("改善", "Improvements"), comparison.improvements(), null);
            changes(t("その他の変化（不合格から未確認など）", "Other changes (failed to not reviewed and the like)"),
                    comparison.changed(), null);
        }

        private void changes(String heading, List<Change> changes, String whenNone) {
            if (changes.isEmpty()) {
                if (whenNone != null) {
                    body.append("#### ").append(heading).append(" (0)\n\n").append(whenNone).append("\n\n");
                }
                return;
            }
            body.append("#### ").append(heading).append(" (").append(changes.size()).append(")\n\n");
            body.append("| ").append(t("管理策", "Control")).append(" | ").append(t("項目", "Item")).append(" | ")
                    .append(t("区分", "Tier")).append(" | ").append(t("基準 → 今回", "Baseline → now")).append(" |\n");
            body.append("| --- | --- | --- | --- |\n");
            int written = 0;
            for (Change change : changes) {
                String before = change.isNew() ? t("新規", "new") : change.before().label().in(lang);
                String row = "| `" + code(change.id()) + "` | " + md(title(change.id())) + " | "
                        + change.tier().label().in(lang) + " | " + before + " → " + change.after().label().in(lang) + " |\n";
                if (!fits(row)) {
                    break;
                }
                body.append(row);
                written++;
            }
            body.append('\n');
            omitted(changes.size() - written);
        }

        private void failures(Outcome outcome) {
            List<ControlResult> results = evaluation.results().stream().filter(r -> r.outcome() == outcome).toList();
            if (results.isEmpty()) {
                return;
            }
            body.append("### ").append(capitalised(outcome.label().in(lang))).append(" (").append(results.size()).append(")\n\n");
            Map<Measure, List<ControlResult>> byMeasure = new LinkedHashMap<>();
            results.forEach(result -> byMeasure.computeIfAbsent(result.measure(), k -> new ArrayList<>()).add(result));
            int written = 0;
            for (Map.Entry<Measure, List<ControlResult>> entry : byMeasure.entrySet()) {
                Measure measure = entry.getKey();
                String open = "<details><summary><b>" + html(measure.id()) + "</b> " + html(measure.heading()) + " "
                        + html(measure.title().in(lang)) + " — " + html(outcome.label().in(lang)) + " "
                        + entry.getValue().size() + "</summary>\n\n";
                String close = "\n</details>\n\n";
                if (!fits(open + close)) {
                    break;
                }
                body.append(open);
                for (ControlResult result : entry.getValue()) {
                    String control = control(result);
                    if (!fits(control + close)) {
                        break;
                    }
                    body.append(control);
                    written++;
                }
                body.append(close);
            }
            omitted(results.size() - written);
        }

        private String control(ControlResult result) {
            StringBuilder text = new StringBuilder();
            text.append("- **").append(result.id()).append("** ").append(md(result.item().title().in(lang) + DecidedWith.note(result, lang)))
                    .append(t("（", " (")).append(result.tier().label().in(lang)).append(t("）", ")"))
                    .append('\n');
            for (Reason reason : result.reasons()) {
                text.append("  - ").append(md("[" + reason.verdict().label().in(lang) + "] " + reason.message().in(lang))).append('\n');
                for (FactOrigin fact : reason.facts()) {
                    text.append("    - ").append(t("根拠", "Fact")).append(": ").append(md(types.of(fact.type()).in(lang))).append(" `")
                            .append(code(fact.id())).append("` — `").append(code(fact.source().fileAndLine()))
                            .append("`\n");
                }
            }
            return text.toString();
        }

        /** Waived controls and waivers that did not apply: what a reviewer must not overlook. */
        private void exemptions() {
            List<ControlResult> waived = evaluation.results().stream().filter(r -> r.waiver() != null).toList();
            List<WaiverStatus> unapplied = context.settings().waivers().stream().filter(s -> s.state().isWarning()).toList();
            if (waived.isEmpty() && unapplied.isEmpty()) {
                return;
            }
            String open = "<details><summary>" + html(t("免除", "Waivers")) + ": " + html(t("適用 ", "applied "))
                    + waived.size() + " / " + html(t("不適用 ", "not applied ")) + unapplied.size() + "</summary>\n\n";
            StringBuilder text = new StringBuilder(open);
            waived.forEach(result -> text.append("- **").append(result.id()).append("** ")
                    .append(md(Exemptions.describe(result).orElseThrow().in(lang))).append('\n'));
            unapplied.forEach(status -> text.append("- ").append(md(status.message().in(lang))).append(" — `")
                    .append(code(status.source().fileAndLine())).append("`\n"));
            text.append("\n</details>\n\n");
            if (fits(text.toString())) {
                body.append(text);
            }
        }

        private void notReviewed() {
            long all = evaluation.results().stream().filter(r -> r.outcome() == Outcome.NOT_REVIEWED).count();
            long planned = evaluation.results().stream()
                    .filter(r -> r.outcome() == Outcome.NOT_REVIEWED && r.item().check() == Check.PLANNED).count();
            body.append(t("未確認: " + all + " 件（うち規則が未実装のもの " + planned + " 件）。",
                    "Not reviewed: " + all + " controls (" + planned + " of them not encoded as rules yet).")).append("\n\n");
        }

        private String footer() {
            ToolInfo tool = context.tool();
            StringBuilder text = new StringBuilder("---\n<sub>");
            text.append(html(tool.name() + " " + tool.version())).append(" · ").append(t("規則パック", "rule pack"))
                    .append(' ').append(html(tool.rulePack())).append(" · ").append(t("プロファイル", "profile")).append(' ')
                    .append(html(context.settings().profile())).append(" · ").append(t("入力", "inputs")).append(':');
            String separator = " ";
            for (InputFile input : evaluation.inputs()) {
                text.append(separator).append("<code>").append(html(input.path())).append("</code> sha256:<code>")
                        .append(html(input.sha256())).append("</code>");
                separator = ", ";
            }
            return text.append("</sub>\n").toString();
        }

        private void omitted(int count) {
            if (count > 0) {
                body.append(t("ほか " + count + " 件はコメントの長さの上限のため省略しました（JSON または HTML レポートを参照）。",
                        count + " more left out to keep this comment short (see the JSON or HTML report).")).append("\n\n");
            }
        }

        /** True when {@code text} can still be added with room for the closing lines and the footer. */
        private boolean fits(String text) {
            return body.length() + text.length() + footer.length() + 600 <= LIMIT;
        }

        private String title(String id) {
            return evaluation.result(id).map(result -> result.item().title().in(lang)).orElse("");
        }

        private String t(String ja, String en) {
            return new Text(ja, en).in(lang);
        }
    }

    private static String capitalised(String label) {
        return label.isEmpty() ? label : Character.toUpperCase(label.charAt(0)) + label.substring(1);
    }

    /** Text in Markdown: characters with a meaning in Markdown or HTML are escaped; lines are joined. */
    static String md(String text) {
        return Markdown.escape(text);
    }

    /** Text inside a code span: a backtick cannot close it early. */
    static String code(String text) {
        return text.replace('`', '\'').replaceAll("\\R", " ");
    }

    /** Text inside HTML (the summary line and the footer), where Markdown is not interpreted. */
    static String html(String text) {
        return HtmlTemplate.escape(text);
    }
}
