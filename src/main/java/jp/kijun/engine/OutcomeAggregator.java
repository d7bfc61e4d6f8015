package jp.kijun.engine;

import jp.kijun.catalog.Catalog;
import jp.kijun.catalog.Check;
import jp.kijun.catalog.Item;
import jp.kijun.catalog.Text;
import jp.kijun.catalog.requirement.Requirement;
import jp.kijun.facts.FactOrigin;
import jp.kijun.facts.FactSet;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Turns findings into exactly one outcome per catalog control: any failure fails the control; otherwise any
 * gap in the evidence leaves it not reviewed; otherwise positive evidence passes it; otherwise a not-applicable
 * finding makes it not applicable; otherwise it is not reviewed. Silence is never a pass: a requirement template of
 * the control that found nothing leaves it not reviewed. The reasons list every aspect, most severe first, each with
 * its verdict; a control decided with another ({@code decidedWith}) takes that control's findings as its own.
 */
final class OutcomeAggregator {

    static final Text NOT_ENCODED = new Text(
            "この項目はまだ規則として実装されていません（check: planned）。",
            "This item is not encoded as rules yet (check: planned).");
    static final Text NO_EVIDENCE = new Text(
            "判断に必要な事実が記録されていないため、確認できません。",
            "Not reviewed: the facts needed to decide it are not recorded.");

    private static final List<Verdict> SEVERITY = List.of(Verdict.FAIL, Verdict.INCOMPLETE, Verdict.PASS,
            Verdict.NOT_APPLICABLE);

    private final Catalog catalog;
    private final FactSet facts;

    OutcomeAggregator(Catalog catalog, FactSet facts) {
        this.catalog = catalog;
        this.facts = facts;
    }

    List<ControlResult> aggregate(List<Finding> findings, List<RuleFailure> failures) {
        Map<String, List<Finding>> byControl = new LinkedHashMap<>();
        for (Finding finding : findings) {
            for (String control : finding.controls()) {
                known(control, finding.rule());
                byControl.computeIfAbsent(control, k -> new ArrayList<>()).add(finding);
            }
        }
        Map<String, List<Reason>> errors = new LinkedHashMap<>();
        for (RuleFailure failure : failures) {
            for (String control : failure.controls()) {
                known(control, failure.rule());
                errors.computeIfAbsent(control, k -> new ArrayList<>()).add(reason(failure));
            }
        }
        return catalog.items()
                .map(item -> {
                    List<Reason> failed = errors.get(item.id());
                    if (failed == null && item.decidedWith() != null) {
                        failed = errors.get(item.decidedWith());
                    }
                    return failed != null
                            ? result(item, Outcome.ERROR, failed.stream().distinct().sorted(REASON_ORDER).toList())
                            : decide(item, findingsOf(item, byControl));
                })
                .toList();
    }

    private List<Finding> findingsOf(Item item, Map<String, List<Finding>> byControl) {
        List<Finding> own = new ArrayList<>(byControl.getOrDefault(item.id(), List.of()));
        if (item.decidedWith() != null) {
            own.addAll(byControl.getOrDefault(item.decidedWith(), List.of()));
        }
        return own;
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
        List<FactOrigin> cited = failure.facts().stream().map(facts::originOf).flatMap(Optional::stream).toList();
        return new Reason(message, cited, failure.rule(), Verdict.FAIL);
    }

    private ControlResult decide(Item item, List<Finding> findings) {
        if (item.check() == Check.PLANNED) {
            return result(item, Outcome.NOT_REVIEWED, List.of(new Reason(notEncoded(item), List.of(), null,
                    Verdict.INCOMPLETE)));
        }
        List<Reason> reasons = new ArrayList<>(findings.stream().map(this::reason).distinct().toList());
        reasons.addAll(silentRequirements(item, findings));
        reasons.sort(Comparator.comparingInt((Reason reason) -> SEVERITY.indexOf(reason.verdict())).thenComparing(REASON_ORDER));
        for (Verdict verdict : SEVERITY) {
            if (reasons.stream().anyMatch(reason -> reason.verdict() == verdict)) {
                return result(item, outcomeOf(verdict), reasons);
            }
        }
        return result(item, Outcome.NOT_REVIEWED, List.of(new Reason(NO_EVIDENCE, List.of(), null, Verdict.INCOMPLETE)));
    }

    /** A not-reviewed reason for each requirement of the control that no finding speaks to. */
    private List<Reason> silentRequirements(Item item, List<Finding> findings) {
        List<Requirement> requirements = item.decide();
        if (requirements.isEmpty() && item.decidedWith() != null) {
            requirements = catalog.item(item.decidedWith()).map(Item::decide).orElse(List.of());
        }
        Set<Integer> spoken = findings.stream().map(Finding::aspect).collect(Collectors.toSet());
        List<Reason> silent = new ArrayList<>();
        for (Requirement requirement : requirements) {
            if (!spoken.contains(requirement.aspect())) {
                silent.add(new Reason(new Text(
                        "要件 " + requirement.aspect() + "（" + requirement.template() + "）について判断できる事実が見つからないため、確認できません。",
                        "Not reviewed: no facts were found to decide requirement " + requirement.aspect() + " ("
                                + requirement.template() + ")."), List.of(), null, Verdict.INCOMPLETE));
            }
        }
        return silent;
    }

    /** Why a planned item is not reviewed, pointing to the encoded items that share its requirement. */
    private Text notEncoded(Item item) {
        List<String> encoded = item.related().stream()
                .filter(id -> catalog.item(id).map(related -> related.check() != Check.PLANNED).orElse(false))
                .toList();
        if (encoded.isEmpty()) {
            return NOT_ENCODED;
        }
        String ids = String.join(", ", encoded);
        return new Text(NOT_ENCODED.ja() + "同じ要求を定める " + ids + " は規則で判断されています（参照）。",
                NOT_ENCODED.en() + " The related " + ids + " stating the same requirement is decided by rules (see there).");
    }

    private static final Comparator<Reason> REASON_ORDER = Comparator
            .comparing((Reason reason) -> reason.facts().isEmpty() ? "" : reason.facts().get(0).source().file())
            .thenComparingInt(reason -> reason.facts().isEmpty() ? 0 : reason.facts().get(0).source().line())
            .thenComparing(reason -> Objects.toString(reason.rule(), ""))
            .thenComparing(reason -> reason.message().ja());

    private Reason reason(Finding finding) {
        List<FactOrigin> cited = finding.facts().stream()
                .map(facts::originOf)
                .flatMap(Optional::stream)
                .toList();
        return new Reason(finding.message(), cited, finding.rule(), finding.verdict());
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
