package jp.kijun.engine;

import jp.kijun.catalog.Text;

import java.util.Locale;

/** The one outcome each catalog control gets in an evaluation. */
public enum Outcome {
    PASSED(new Text("合格", "passed")),
    FAILED(new Text("不合格", "failed")),
    NOT_APPLICABLE(new Text("該当なし", "not applicable")),
    NOT_REVIEWED(new Text("未確認", "not reviewed")),
    WAIVED(new Text("免除", "waived")),
    ERROR(new Text("エラー", "error"));

    private final Text label;

    Outcome(Text label) {
        this.label = label;
    }

    public Text label() {
        return label;
    }

    /** The code used in JSON and on the command line: {@code passed}, {@code not_reviewed}, … */
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }
}
