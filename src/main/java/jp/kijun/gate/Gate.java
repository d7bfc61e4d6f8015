package jp.kijun.gate;

import jp.kijun.engine.ControlResult;
import jp.kijun.engine.Evaluation;
import jp.kijun.engine.Outcome;

import java.util.List;

/**
 * The exit-code policy for pipelines: 0 when the gate passes, 1 when a failed control of a gating tier
 * remains. Input errors (2) and internal errors (3) are decided before a gate is ever asked.
 */
public final class Gate {

    public static final int PASSED = 0;
    public static final int FAILED = 1;

    private final FailOn failOn;

    public Gate(FailOn failOn) {
        this.failOn = failOn;
    }

    /** The failed controls that make the gate fail, in catalog order. */
    public List<ControlResult> blocking(Evaluation evaluation) {
        return evaluation.results().stream()
                .filter(result -> result.outcome() == Outcome.FAILED)
                .filter(result -> failOn.gates(result.tier()))
                .toList();
    }

    public int exitCode(Evaluation evaluation) {
        return blocking(evaluation).isEmpty() ? PASSED : FAILED;
    }

    /** With a baseline, only regressions of a gating tier block; old debt does not. */
    public List<Change> blocking(Comparison comparison) {
        return comparison.regressions().stream().filter(change -> failOn.gates(change.tier())).toList();
    }

    public int exitCode(Comparison comparison) {
        return blocking(comparison).isEmpty() ? PASSED : FAILED;
    }
}
