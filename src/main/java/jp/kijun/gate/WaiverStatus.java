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
        APPLIED, EXPIRED, NOT_YET_IN_FORCE, TOO_LONG, OUT_OF_SCOPE, ERROR_NOT_WAIVABLE, UNUSED, UNKNOWN_CONTROL, MALFORMED;

        public String code() {
            return name().toLowerCase(Locale.ROOT);
        }

        /** States worth a warning: the waiver did not apply although someone meant it to. */
        public boolean isWarning() {
            return this != APPLIED;
        }
    }
}
