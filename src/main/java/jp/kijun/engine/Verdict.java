package jp.kijun.engine;

import jp.kijun.catalog.Text;

/** What one rule found about one control. Aggregated into an {@link Outcome} per control. */
public enum Verdict {
    /** Positive evidence that the control is met, naming the facts that show it. */
    PASS("pass", new Text("合格", "pass")),
    /** The control is not met, naming the facts (or the section that lacks them) that show it. */
    FAIL("fail", new Text("不合格", "fail")),
    /**
     * Part of what the control covers is not recorded (e.g. one system lacks the settings in question): the
     * control cannot pass on partial evidence, so it is not reviewed unless something else fails it.
     */
    INCOMPLETE("notReviewed", new Text("未確認", "not reviewed")),
    /** The control does not apply, e.g. the organisation records that it has nothing of the kind. */
    NOT_APPLICABLE("notApplicable", new Text("該当なし", "not applicable"));

    private final String code;
    private final Text label;

    Verdict(String code, Text label) {
        this.code = code;
        this.label = label;
    }

    /** The code reports write: pass, fail, notReviewed, notApplicable. */
    public String code() {
        return code;
    }

    /** What a report calls this aspect of a control: 合格, 不合格, 未確認, 該当なし. */
    public Text label() {
        return label;
    }
}
