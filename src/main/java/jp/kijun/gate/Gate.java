package jp.kijun.gate;

import jp.kijun.catalog.Check;
import jp.kijun.engine.ControlResult;
import jp.kijun.engine.Evaluation;
import jp.kijun.engine.Outcome;

import java.util.List;

/**
 * The exit-code policy for pipelines: 0 when the gate passes, 1 when a control of a gating tier blocks. Input
 * errors (2) and internal errors (3) are decided before a gate is ever asked.
 *
 * <p>Absence is not compliance: an encoded control that is not reviewed because its evidence is not recorded
 * blocks like a failed one, unless not-reviewed is accepted ({@code --accept-not-reviewed}). A planned control
 * (not encoded yet) never blocks, and neither does a control a profile deselected (it is not applicable).
 */
public final class Gate {

    public static final int PASSED = 0;
    public static final int FAILED = 1;

    private final FailOn failOn;
    private final boolean acceptNotReviewed;

    public Gate(FailOn failOn) {
        this(failOn, false);
    }

    /** @param acceptNotReviewed whether encoded controls that are not reviewed pass the gate */
    public Gate(FailOn failOn, boolean acceptNotReviewed) {
        this.failOn = failOn;
        this.acceptNotReviewed = acceptNotReviewed;
    }

    /** The controls that make the gate fail, in catalog order: failed ones and, unless accepted, not-reviewed ones. */
    public List<ControlResult> blocking(Evaluation evaluation) {
        return evaluation.results().stream()
                .filter(result -> failOn.gates(result.tier()))
                .filter(result -> result.outcome() == Outcome.FAILED || blocksAsNotReviewed(result))
                .toList();
    }

    private boolean blocksAsNotReviewed(ControlResult result) {
        return !acceptNotReviewed && result.outcome() == Outcome.NOT_REVIEWED && result.item().check() != Check.PLANNED;
    }

    public int exitCode(Evaluation evaluation) {
        return blocking(evaluation).isEmpty() ? PASSED : FAILED;
    }

    /**
     * With a baseline, only regressions of a gating tier block; old debt does not. A new control that is not
     * reviewed blocks unless not-reviewed is accepted; a control that was decided and is not reviewed now blocks
     * in any case (its evidence went missing).
     */
    public List<Change> blocking(Comparison comparison) {
        return comparison.regressions().stream()
                .filter(change -> failOn.gates(change.tier()))
                .filter(change -> !(acceptNotReviewed && change.isNew() && change.after() == Outcome.NOT_REVIEWED))
                .toList();
    }

    public int exitCode(Comparison comparison) {
        return blocking(comparison).isEmpty() ? PASSED : FAILED;
    }

    /** What the gate decided of an evaluation without a baseline, and why. */
    public GateVerdict verdict(Evaluation evaluation) {
        List<ControlResult> blocking = blocking(evaluation);
        List<String> failed = blocking.stream().filter(r -> r.outcome() == Outcome.FAILED).map(ControlResult::id).toList();
        List<String> notReviewed = blocking.stream().filter(r -> r.outcome() == Outcome.NOT_REVIEWED)
                .map(ControlResult::id).toList();
        long accepted = acceptNotReviewed ? evaluation.results().stream()
                .filter(result -> failOn.gates(result.tier()) && result.outcome() == Outcome.NOT_REVIEWED
                        && result.item().check() != Check.PLANNED)
                .count() : 0;
        return new GateVerdict(blocking.isEmpty(), failOn, acceptNotReviewed, null, failed, notReviewed, List.of(),
                (int) accepted);
    }

    /** What the gate decided against a baseline, and why. */
    public GateVerdict verdict(Comparison comparison) {
        List<String> regressions = blocking(comparison).stream().map(Change::id).toList();
        return new GateVerdict(regressions.isEmpty(), failOn, acceptNotReviewed, comparison.baseline(), List.of(),
                List.of(), regressions, 0);
    }
}
