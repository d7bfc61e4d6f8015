package jp.kijun.engine;

/** A rule threw while the engine fired: a defect in a rule, reported as an internal error. */
public final class RuleFailureException extends Exception {

    /** A failure that escaped the engine: in a rule's conditions, named in Drools' message, or anywhere else. */
    public RuleFailureException(RuntimeException cause) {
        super("a rule failed while evaluating, so nothing was reported: " + where(cause) + RuleFailure.describe(cause),
                cause);
    }

    public RuleFailureException(String message) {
        super(message);
    }

    /** Drools names the rule whose condition failed in its own message: "Error evaluating constraint … in [Rule …]". */
    private static String where(RuntimeException cause) {
        String message = cause.getMessage() == null ? "" : cause.getMessage().lines().findFirst().orElse("");
        return message.startsWith("Error evaluating constraint") ? message + ": " : "";
    }
}
