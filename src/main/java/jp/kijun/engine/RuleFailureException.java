package jp.kijun.engine;

/** A rule threw while the engine fired: a defect in a rule, reported as an internal error. */
public final class RuleFailureException extends Exception {

    public RuleFailureException(RuntimeException cause) {
        super("a rule failed while evaluating: " + rootMessage(cause), cause);
    }

    private static String rootMessage(Throwable error) {
        Throwable root = error;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root.getClass().getSimpleName() + (root.getMessage() == null ? "" : ": " + root.getMessage());
    }
}
