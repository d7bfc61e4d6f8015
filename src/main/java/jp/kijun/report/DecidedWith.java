package jp.kijun.report;

import jp.kijun.catalog.Language;
import jp.kijun.engine.ControlResult;

/**
 * The note every format adds to a control decided with another (the catalog's {@code decidedWith}): the same
 * requirement in the same scope, so that a reader looks there for the evidence.
 */
final class DecidedWith {

    private DecidedWith() {
    }

    /** {@code （P2b-1-01 と同じ判断）} or {@code (decided with P2b-1-01)}; empty for a control decided on its own. */
    static String note(ControlResult result, Language lang) {
        String other = result.item().decidedWith();
        if (other == null) {
            return "";
        }
        return lang == Language.JA ? "（" + other + " と同じ判断）" : " (decided with " + other + ")";
    }
}
