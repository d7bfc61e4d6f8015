package jp.kijun.report;

import jp.kijun.catalog.Check;
import jp.kijun.catalog.Language;
import jp.kijun.catalog.Measure;
import jp.kijun.catalog.Text;
import jp.kijun.config.ParameterValue;
import jp.kijun.engine.AppliedWaiver;
import jp.kijun.engine.ControlResult;
import jp.kijun.gate.WaiverStatus;
import jp.kijun.engine.Evaluation;
import jp.kijun.engine.Outcome;
import jp.kijun.engine.Reason;
import jp.kijun.facts.FactOrigin;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The report a person reads in a terminal or a CI log: totals, a line per measure, then every failed control
 * and every encoded control that could not be reviewed, each with its reasons and the facts they cite; the last
 * line says whether the gate passed and why.
 */
public final class ConsoleReport implements Report {

    private static final Map<Outcome, String> MARKS = Map.of(
            Outcome.PASSED, "✓", Outcome.FAILED, "✗", Outcome.NOT_APPLICABLE, "-",
            Outcome.NOT_REVIEWED, "?", Outcome.WAIVED, "~", Outcome.ERROR, "!");

    @Override
    public String format() {
        return "console";
    }

    @Override
    public void write(Evaluation evaluation, ReportContext context, Writer writer) throws IOException {
        Language lang = context.language();
        PrintWriter out = new PrintWriter(writer);
        ToolInfo tool = context.tool();
        out.printf("%s %s — %s%n", tool.name(), tool.version(), tool.rulePack());
        out.printf("%s %s%n", t(lang, "評価日", "As of"), evaluation.asOf());
        out.printf("%s %s%n", t(lang, "入力", "Inputs"),
                evaluation.inputs().stream().map(input -> input.path()).collect(Collectors.joining(", ")));
        RunSettings settings = context.settings();
        out.printf("%s %s%s%n", t(lang, "プロファイル", "Profile"), settings.profile(),
                settings.profileChain().size() > 1 ? " (" + String.join(" → ", settings.profileChain()) + ")" : "");
        for (ParameterValue value : settings.changedParameters()) {
            out.printf("  %s %s = %s (%s: %s)%n", t(lang, "パラメータ", "parameter"), value.name(), value.value(),
                    value.layer().label().in(lang), value.origin());
        }
        if (lang == Language.EN) {
            out.println("(English text is kijun's own translation; the Japanese is normative.)");
        }
        out.println();
        out.printf("%s %d: %s%n", t(lang, "管理策", "Controls"), evaluation.results().size(),
                counts(evaluation.summary(), lang));
        out.println();
        measureLines(evaluation, lang, out);
        if (context.comparison() != null) {
            new ComparisonText(id -> evaluation.result(id).map(r -> r.item().title()), lang).write(context.comparison(), out);
            out.println();
        }
        section(evaluation, Outcome.FAILED, lang, out);
        section(evaluation, Outcome.ERROR, lang, out);
        notReviewed(evaluation, lang, out);
        waived(evaluation, settings, lang, out);
        deselected(evaluation, lang, out);
        if (context.gate() != null) {
            out.println();
            out.println(context.gate().line().in(lang));
        }
        out.flush();
    }

    private void measureLines(Evaluation evaluation, Language lang, PrintWriter out) {
        Map<Measure, List<ControlResult>> byMeasure = new LinkedHashMap<>();
        evaluation.results().forEach(result -> byMeasure.computeIfAbsent(result.measure(), k -> new java.util.ArrayList<>()).add(result));
        byMeasure.forEach((measure, results) -> {
            Map<Outcome, Integer> counts = new EnumMap<>(Outcome.class);
            results.forEach(result -> counts.merge(result.outcome(), 1, Integer::sum));
            out.printf("  %-4s %s [%s]  %s%n", measure.id(), measure.title().in(lang), measure.tier().label().in(lang),
                    counts(counts, lang));
        });
        out.println();
    }

    private void section(Evaluation evaluation, Outcome outcome, Language lang, PrintWriter out) {
        List<ControlResult> results = evaluation.results().stream().filter(r -> r.outcome() == outcome).toList();
        if (results.isEmpty()) {
            return;
        }
        out.printf("%s (%d)%n", outcome.label().in(lang), results.size());
        results.forEach(result -> control(result, lang, out));
        out.println();
    }

    private void notReviewed(Evaluation evaluation, Language lang, PrintWriter out) {
        List<ControlResult> encoded = evaluation.results().stream()
                .filter(r -> r.outcome() == Outcome.NOT_REVIEWED && r.item().check() != Check.PLANNED)
                .toList();
        long planned = evaluation.results().stream()
                .filter(r -> r.outcome() == Outcome.NOT_REVIEWED && r.item().check() == Check.PLANNED)
                .count();
        if (!encoded.isEmpty()) {
            out.printf("%s (%d)%n", Outcome.NOT_REVIEWED.label().in(lang), encoded.size());
            encoded.forEach(result -> control(result, lang, out));
            out.println();
        }
        if (planned > 0) {
            out.println(t(lang,
                    planned + " 件の管理策はまだ規則として実装されていないため未確認です（一覧: kijun catalog list）。",
                    planned + " controls are not encoded as rules yet and are not reviewed (list: kijun catalog list)."));
        }
    }

    private void waived(Evaluation evaluation, RunSettings settings, Language lang, PrintWriter out) {
        List<ControlResult> waived = evaluation.results().stream().filter(r -> r.waiver() != null).toList();
        if (!waived.isEmpty()) {
            out.println();
            out.printf("%s (%d)%n", Outcome.WAIVED.label().in(lang), waived.size());
            for (ControlResult result : waived) {
                AppliedWaiver waiver = result.waiver();
                out.printf("%s %s %s: %s %s%n", MARKS.get(Outcome.WAIVED), result.id(), result.item().title().in(lang),
                        t(lang, "本来の判定", "hides"), waiver.hidden().label().in(lang));
                out.printf("    %s %s — %s, %s (%s %s) [%s]%n", t(lang, "免除", "waiver"), waiver.id(), waiver.approver(),
                        waiver.approverRole(), t(lang, "期限", "until"), waiver.expiresOn(), waiver.source().fileAndLine());
                out.printf("    %s%n", waiver.justification());
            }
        }
        List<WaiverStatus> unapplied = settings.waivers().stream().filter(s -> s.state().isWarning()).toList();
        if (!unapplied.isEmpty()) {
            out.println();
            out.printf("%s (%d)%n", t(lang, "適用されなかった免除", "Waivers not applied"), unapplied.size());
            unapplied.forEach(status -> out.printf("  %s [%s]%n", status.message().in(lang), status.source().fileAndLine()));
        }
    }

    private void deselected(Evaluation evaluation, Language lang, PrintWriter out) {
        List<ControlResult> deselected = evaluation.results().stream().filter(r -> r.deselection() != null).toList();
        if (deselected.isEmpty()) {
            return;
        }
        out.println();
        out.printf("%s (%d)%n", t(lang, "プロファイルで除外", "Deselected by the profile"), deselected.size());
        deselected.forEach(result -> out.printf("%s %s %s: %s (%s)%n", MARKS.get(Outcome.NOT_APPLICABLE), result.id(),
                result.item().title().in(lang), result.deselection().reason(), result.deselection().profile()));
    }

    private void control(ControlResult result, Language lang, PrintWriter out) {
        out.printf("%s %s %s%s [%s]%n", MARKS.get(result.outcome()), result.id(), result.item().title().in(lang),
                DecidedWith.note(result, lang),
                result.tier().label().in(lang));
        for (Reason reason : result.reasons()) {
            out.printf("    - [%s] %s%n", reason.verdict().label().in(lang), reason.message().in(lang));
            for (FactOrigin fact : reason.facts()) {
                out.printf("      %s %s %s (%s)%n", t(lang, "根拠:", "fact:"), fact.type(), fact.id(),
                        fact.source().fileAndLine());
            }
        }
    }

    private static String counts(Map<Outcome, Integer> counts, Language lang) {
        StringBuilder line = new StringBuilder();
        for (Outcome outcome : Outcome.values()) {
            int count = counts.getOrDefault(outcome, 0);
            if (count > 0 || outcome == Outcome.PASSED || outcome == Outcome.FAILED) {
                if (line.length() > 0) {
                    line.append(" / ");
                }
                line.append(outcome.label().in(lang)).append(' ').append(count);
            }
        }
        return line.toString();
    }

    private static String t(Language lang, String ja, String en) {
        return new Text(ja, en).in(lang);
    }
}
