package jp.kijun.gate;

import jp.kijun.catalog.Text;
import jp.kijun.facts.Source;

import java.util.Locale;

/**
 * What became of one waiver in an evaluation.
 *
 * @param waiverId the waiver's id (or a placeholder for one too malformed to have one)
 * @param control  the control it names
 * @param state    applied, or why not
 * @param message  what happened, for people
 * @param source   where the waiver is written
 */
public record WaiverStatus(String waiverId, String control, State state, Text message, Source source) {

    /** Whether a waiver applied, and if not, why. */
    public enum State {
        APPLIED(new Text("適用", "applied")),
        EXPIRED(new Text("期限切れ", "expired")),
        NOT_YET_IN_FORCE(new Text("未発効", "not yet in force")),
        TOO_LONG(new Text("期間超過", "longer than allowed")),
        OUT_OF_SCOPE(new Text("対象外", "out of scope")),
        ERROR_NOT_WAIVABLE(new Text("エラーは免除不可", "an error is never waived")),
        UNUSED(new Text("未使用", "unused")),
        UNKNOWN_CONTROL(new Text("管理策不明", "unknown control")),
        MALFORMED(new Text("記述不備", "malformed"));

        private final Text label;

        State(Text label) {
            this.label = label;
        }

        public Text label() {
            return label;
        }

        public String code() {
            return name().toLowerCase(Locale.ROOT);
        }

        /** States worth a warning: the waiver did not apply although someone meant it to. */
        public boolean isWarning() {
            return this != APPLIED;
        }
    }
}
