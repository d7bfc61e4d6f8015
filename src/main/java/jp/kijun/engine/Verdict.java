package jp.kijun.engine;

/** What one rule found about one control. Aggregated into an {@link Outcome} per control. */
public enum Verdict {
    /** Positive evidence that the control is met, naming the facts that show it. */
    PASS,
    /** The control is not met, naming the facts (or the section that lacks them) that show it. */
    FAIL,
    /**
     * Part of what the control covers is not recorded (e.g. one system lacks the settings in question): the
     * control cannot pass on partial evidence, so it is not reviewed unless something else fails it.
     */
    INCOMPLETE,
    /** The control does not apply, e.g. the organisation records that it has nothing of the kind. */
    NOT_APPLICABLE
}
