package jp.kijun.engine;

import org.kie.api.runtime.KieSession;

/**
 * Looks at a session around {@link Evaluator}'s firing — what the regression guard counts (rule firings, the
 * tuples each join holds) without timing anything.
 */
interface SessionProbe {

    SessionProbe NONE = new SessionProbe() {
    };

    /** Called with every fact inserted, before the rules fire. */
    default void beforeFiring(KieSession session) {
    }

    /** Called after the rules have fired, before the session is disposed. */
    default void afterFiring(KieSession session) {
    }
}
