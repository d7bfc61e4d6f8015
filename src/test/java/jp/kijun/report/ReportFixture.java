package jp.kijun.report;

import jp.kijun.catalog.Catalog;
import jp.kijun.catalog.CatalogLoader;
import jp.kijun.catalog.Language;
import jp.kijun.catalog.ParameterCatalog;
import jp.kijun.catalog.Text;
import jp.kijun.engine.AppliedWaiver;
import jp.kijun.engine.ControlResult;
import jp.kijun.engine.Evaluation;
import jp.kijun.engine.Evaluator;
import jp.kijun.engine.Outcome;
import jp.kijun.engine.Reason;
import jp.kijun.engine.RuleBase;
import jp.kijun.facts.FactLoader;
import jp.kijun.facts.FactOrigin;
import jp.kijun.facts.FactSet;
import jp.kijun.gate.Baseline;
import jp.kijun.gate.Comparison;
import jp.kijun.gate.PreviousResult;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The fixed evaluation that the report tests render: the facts in {@code src/test/resources/reports/facts/},
 * loaded with the real loader and evaluated by the real rules on 2026-04-01. P1a-1-01 fails (its basic policy
 * is overdue for review); the controls without rules yet are not reviewed. When rules for other measures land,
 * the expected files change: regenerate them with {@code -Dkijun.updateGolden=true} and review the diff.
 */
public final class ReportFixture {

    public static final Path FACTS = Path.of("src", "test", "resources", "reports", "facts");
    public static final LocalDate AS_OF = LocalDate.of(2026, 4, 1);
    /** A fixed tool description, so that a new kijun version does not change the expected files. */
    public static final ToolInfo TOOL = new ToolInfo("kijun", "0.0.0-test", "kijun-nisc-taisakuhen-3 0.0.0-test");

    private static FactSet facts;
    private static Evaluation evaluation;

    private ReportFixture() {
    }

    /** The real evaluation of the fixture facts. */
    public static synchronized Evaluation evaluation() {
        if (evaluation == null) {
            try {
                Catalog catalog = CatalogLoader.shipped();
                facts = new FactLoader().load(List.of(FACTS));
                evaluation = new Evaluator(RuleBase.shipped(), catalog)
                        .evaluate(facts, AS_OF, ParameterCatalog.shipped(catalog).defaults());
            } catch (Exception e) {
                throw new IllegalStateException("the report fixture does not evaluate", e);
            }
        }
        return evaluation;
    }

    /**
     * A baseline in which P1a-1-01 passed (so it regressed), P1a-1-02 is missing (new), and P9z-1-01 is a control
     * the current rule pack no longer has.
     */
    public static Comparison comparison(Evaluation evaluation) {
        Map<String, PreviousResult> previous = new LinkedHashMap<>();
        for (ControlResult result : evaluation.results()) {
            Outcome outcome = result.id().equals("P1a-1-01") ? Outcome.PASSED : result.outcome();
            if (!result.id().equals("P1a-1-02")) {
                previous.put(result.id(), new PreviousResult(result.id(), outcome, result.measure().tier().code(),
                        result.item().check().code()));
            }
        }
        previous.put("P9z-1-01", new PreviousResult("P9z-1-01", Outcome.FAILED, "consider", "automated"));
        return Comparison.of(new Baseline("previous/kijun.json", "kijun-nisc-taisakuhen-3 0.0.0-test",
                evaluation.organisation(), previous),
                evaluation);
    }

    /**
     * The real evaluation with a few controls that have no rules yet (P1b, P1c, P2a) given every other outcome by hand —
     * passed, not applicable, waived, error, and a failure in a reference-tier measure — so that each format's
     * treatment of every outcome is in its expected file. The hand-made reasons say so ("[fixture]") and cite
     * facts of the fixture files. Replace them with real ones as rules land.
     */
    public static synchronized Evaluation everyOutcome() {
        Evaluation real = evaluation();
        FactOrigin president = origin("p-president");
        FactOrigin policy = origin("DOC-POL-001");
        Map<String, ControlResult> overrides = Map.of(
                "P1c-1-01", handMade(real, "P1c-1-01", Outcome.PASSED, "[fixture] 責任者として代表取締役社長が記録されています。",
                        "[fixture] The president is recorded as the responsible person.", president),
                "P1c-1-02", handMade(real, "P1c-1-02", Outcome.NOT_APPLICABLE, "[fixture] 該当する対象がありません。",
                        "[fixture] There is nothing this applies to."),
                "P2a-1-01", handMade(real, "P2a-1-01", Outcome.WAIVED, "[fixture] 2026年度中に整備する計画のため免除（承認: 試験 太郎）。",
                        "[fixture] Waived: planned for fiscal 2026 (approved by 試験 太郎).", president),
                "P2a-1-02", handMade(real, "P2a-1-02", Outcome.ERROR, "[fixture] 規則の実行中にエラーが発生しました。",
                        "[fixture] A rule failed while deciding this control."),
                "P1b-1-01", handMade(real, "P1b-1-01", Outcome.FAILED, "[fixture] 方針「" + title() + "」に該当する記述がありません。",
                        "[fixture] The policy \"" + title() + "\" says nothing about this.", policy));
        List<ControlResult> results = new ArrayList<>();
        for (ControlResult result : real.results()) {
            results.add(overrides.getOrDefault(result.id(), result));
        }
        return new Evaluation(real.organisation(), real.asOf(), real.inputs(), results);
    }

    private static String title() {
        return "情報セキュリティ基本方針 <第4版> & \"運用\" *別冊*";
    }

    private static ControlResult handMade(Evaluation real, String id, Outcome outcome, String ja, String en,
                                          FactOrigin... cited) {
        ControlResult original = real.result(id).orElseThrow();
        List<Reason> reasons = List.of(new Reason(new Text(ja, en), List.of(cited), null, verdictOf(outcome)));
        if (outcome == Outcome.WAIVED) {
            ControlResult failed = new ControlResult(original.item(), original.measure(), Outcome.FAILED, reasons);
            return failed.waived(new AppliedWaiver("W-FIXTURE-1", Outcome.FAILED, "2026年度中に整備する計画のため",
                    "試験 太郎", "最高情報セキュリティ責任者", "SEC-0001", AS_OF.minusMonths(1), AS_OF.plusMonths(5),
                    new jp.kijun.facts.Source("waivers.yaml", 3, 5)));
        }
        return new ControlResult(original.item(), original.measure(), outcome, reasons);
    }

    private static jp.kijun.engine.Verdict verdictOf(Outcome outcome) {
        return switch (outcome) {
            case PASSED -> jp.kijun.engine.Verdict.PASS;
            case NOT_APPLICABLE -> jp.kijun.engine.Verdict.NOT_APPLICABLE;
            case NOT_REVIEWED -> jp.kijun.engine.Verdict.INCOMPLETE;
            default -> jp.kijun.engine.Verdict.FAIL;
        };
    }

    private static FactOrigin origin(String id) {
        evaluation();
        return facts.origins().values().stream()
                .filter(origin -> origin.id().equals(id))
                .findFirst()
                .orElseThrow(() -> new IllegalStateException("no fact " + id + " in " + FACTS));
    }

    /** A report context with the fixed tool description, in {@code language}. */
    public static ReportContext context(Language language) {
        return new ReportContext(TOOL, language, null, ReportOptions.DEFAULTS, RunSettings.BASELINE);
    }

    /** A report context with the fixed tool description. */
    public static ReportContext context(ReportOptions options) {
        return new ReportContext(TOOL, Language.JA, null, options, jp.kijun.report.RunSettings.BASELINE);
    }

    public static String render(Report report, Evaluation evaluation, ReportOptions options) {
        StringWriter out = new StringWriter();
        try {
            report.write(evaluation, context(options), out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }
}
