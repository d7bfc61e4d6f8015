package jp.kijun.gate;

import jp.kijun.catalog.Tier;
import jp.kijun.engine.Evaluation;
import jp.kijun.engine.Outcome;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Two sets of outcomes compared control by control, matched by id. A regression is a control that got worse —
 * from passed, not applicable or waived to failed, not reviewed or error — or a new control that fails or, encoded,
 * is not reviewed. An improvement is the reverse. Every other change of outcome — failed to not reviewed (the
 * evidence of a failure is gone), failed to error, passed to not applicable … — is listed as changed, so that
 * no change goes unreported.
 *
 * @param baseline     what the comparison is against, as the user named it
 * @param regressions  controls that got worse, in id order of the newer results
 * @param improvements controls that got better
 * @param changed      controls whose outcome changed otherwise
 * @param added        controls the baseline does not know (e.g. from a newer rule pack)
 * @param removed      ids the baseline has and the newer results do not
 */
public record Comparison(String baseline, List<Change> regressions, List<Change> improvements, List<Change> changed,
                         List<Change> added, List<String> removed) {

    public Comparison {
        regressions = List.copyOf(regressions);
        improvements = List.copyOf(improvements);
        changed = List.copyOf(changed);
        added = List.copyOf(added);
        removed = List.copyOf(removed);
    }

    private static final Set<Outcome> GOOD = Set.of(Outcome.PASSED, Outcome.NOT_APPLICABLE, Outcome.WAIVED);
    private static final Set<Outcome> BAD = Set.of(Outcome.FAILED, Outcome.NOT_REVIEWED, Outcome.ERROR);

    /** Compares an evaluation with a baseline report. */
    public static Comparison of(Baseline baseline, Evaluation evaluation) {
        Map<String, PreviousResult> now = new LinkedHashMap<>();
        evaluation.results().forEach(result -> now.put(result.id(),
                new PreviousResult(result.id(), result.outcome(), result.tier().code(), result.item().check().code())));
        return of(baseline.path(), baseline.results(), now);
    }

    /** Compares two reports, as {@code kijun diff} does. */
    public static Comparison of(Baseline older, Baseline newer) {
        return of(older.path(), older.results(), newer.results());
    }

    private static Comparison of(String name, Map<String, PreviousResult> before, Map<String, PreviousResult> after) {
        List<Change> regressions = new ArrayList<>();
        List<Change> improvements = new ArrayList<>();
        List<Change> changed = new ArrayList<>();
        List<Change> added = new ArrayList<>();
        for (PreviousResult result : after.values()) {
            PreviousResult previous = before.get(result.id());
            Tier tier = Tier.of(result.tier());
            if (previous == null) {
                Change change = new Change(result.id(), tier, null, result.outcome());
                added.add(change);
                if (result.outcome() == Outcome.FAILED || result.outcome() == Outcome.ERROR
                        || (result.outcome() == Outcome.NOT_REVIEWED && result.encoded())) {
                    regressions.add(change);
                }
            } else if (GOOD.contains(previous.outcome()) && BAD.contains(result.outcome())) {
                regressions.add(new Change(result.id(), tier, previous.outcome(), result.outcome()));
            } else if (BAD.contains(previous.outcome()) && GOOD.contains(result.outcome())) {
                improvements.add(new Change(result.id(), tier, previous.outcome(), result.outcome()));
            } else if (previous.outcome() != result.outcome()) {
                changed.add(new Change(result.id(), tier, previous.outcome(), result.outcome()));
            }
        }
        List<String> removed = before.keySet().stream().filter(id -> !after.containsKey(id)).toList();
        return new Comparison(name, regressions, improvements, changed, added, removed);
    }
}
