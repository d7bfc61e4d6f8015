package jp.kijun.engine;

import jp.kijun.catalog.Catalog;
import jp.kijun.catalog.Check;
import jp.kijun.catalog.Item;
import jp.kijun.catalog.Text;
import jp.kijun.facts.FactOrigin;
import jp.kijun.facts.FactSet;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Turns findings into exactly one outcome per catalog control: any failure fails the control; otherwise any
 * gap in the evidence leaves it not reviewed; otherwise positive evidence passes it; otherwise a not-applicable
 * finding makes it not applicable; otherwise it is not reviewed. Silence is never a pass.
 */
final class OutcomeAggregator {

    static final Text NOT_ENCODED = new Text(
            "この項目はまだ規則として実装されていません（check: planned）。",
            "This item is not encoded as rules yet (check: planned).");
    static final Text NO_EVIDENCE = new Text(
            "判断に必要な事実が記録されていないため、確認できません。",
            "Not reviewed: the facts needed to decide it are not recorded.");

    private final Catalog catalog;
    private final FactSet facts;

    OutcomeAggregator(Catalog catalog, FactSet facts) {
        this.catalog = catalog;
        this.facts = facts;
    }

    List<ControlResult> aggregate(List<Finding> findings, List<RuleFailure> failures) {
        Map<String, List<Finding>> byControl = new LinkedHashMap<>();
        for (Finding finding : findings) {
            known(finding.control(), finding.rule());
            byControl.computeIfAbsent(finding.control(), k -> new ArrayList<>()).add(finding);
        }
        Map<String, List<Reason>> errors = new LinkedHashMap<>();
        for (RuleFailure failure : failures) {
            for (String control : failure.controls()) {
                known(control, failure.rule());
                errors.computeIfAbsent(control, k -> new ArrayList<>()).add(reason(failure));
            }
        }
        return catalog.items()
                .map(item -> errors.containsKey(item.id())
                        ? result(item, Outcome.ERROR, errors.get(item.id()).stream().distinct().sorted(REASON_ORDER).toList())
                        : decide(item, byControl.getOrDefault(item.id(), List.of())))
                .toList();
    }

    private void known(String control, String rule) {
        if (catalog.item(control).isEmpty()) {
            throw new IllegalStateException("rule '" + rule + "' names control '" + control
                    + "', which is not in the catalog");
        }
    }

    /** A control a failing rule decides is in error, whatever other rules found: half an evaluation never passes. */
    private Reason reason(RuleFailure failure) {
        Text message = new Text(
                "規則「" + failure.rule() + "」の実行中にエラーが発生したため、判定できません: " + failure.error(),
                "Rule \"" + failure.rule() + "\" failed, so this control could not be decided: " + failure.error());
        List<FactOrigin> cited = failure.facts().stream().map(facts::originOf).flatMap(java.util.Optional::stream).toList();
        return new Reason(message, cited, failure.rule());
    }

    private ControlResult decide(Item item, List<Finding> findings) {
        if (item.check() == Check.PLANNED) {
            return result(item, Outcome.NOT_REVIEWED, List.of(new Reason(NOT_ENCODED, List.of(), null)));
        }
        for (Verdict verdict : List.of(Verdict.FAIL, Verdict.INCOMPLETE, Verdict.PASS, Verdict.NOT_APPLICABLE)) {
            List<Reason> reasons = findings.stream()
                    .filter(finding -> finding.verdict() == verdict)
                    .map(this::reason)
                    .distinct()
                    .sorted(REASON_ORDER)
                    .toList();
            if (!reasons.isEmpty()) {
                return result(item, outcomeOf(verdict), reasons);
            }
        }
        return result(item, Outcome.NOT_REVIEWED, List.of(new Reason(NO_EVIDENCE, List.of(), null)));
    }

    private static final Comparator<Reason> REASON_ORDER = Comparator
            .comparing((Reason reason) -> reason.facts().isEmpty() ? "" : reason.facts().get(0).source().file())
            .thenComparingInt(reason -> reason.facts().isEmpty() ? 0 : reason.facts().get(0).source().line())
            .thenComparing(reason -> Objects.toString(reason.rule(), ""))
            .thenComparing(reason -> reason.message().ja());

    private Reason reason(Finding finding) {
        List<FactOrigin> cited = finding.facts().stream()
                .map(facts::originOf)
                .flatMap(java.util.Optional::stream)
                .toList();
        return new Reason(finding.message(), cited, finding.rule());
    }

    private ControlResult result(Item item, Outcome outcome, List<Reason> reasons) {
        return new ControlResult(item, catalog.measureOf(item), outcome, reasons);
    }

    private static Outcome outcomeOf(Verdict verdict) {
        return switch (verdict) {
            case PASS -> Outcome.PASSED;
            case FAIL -> Outcome.FAILED;
            case INCOMPLETE -> Outcome.NOT_REVIEWED;
            case NOT_APPLICABLE -> Outcome.NOT_APPLICABLE;
        };
    }
}
