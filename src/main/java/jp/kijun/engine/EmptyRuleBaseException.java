package jp.kijun.engine;

/** The rule base holds no rules: the jar was built or packaged wrongly, and no verdict can be trusted. */
public final class EmptyRuleBaseException extends Exception {

    public EmptyRuleBaseException() {
        super("the rule base holds no rules: this build of kijun is broken (the precompiled rules are missing "
                + "from the jar); rebuild with `mvn -B package`");
    }
}
