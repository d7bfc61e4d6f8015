package jp.kijun.engine;

import java.util.List;

/**
 * A rule whose consequence threw: inserted into the session in place of the findings it would have made, so that
 * the controls it decides become {@code error} while the other rules go on.
 *
 * @param rule     the rule's name
 * @param controls the controls the rule decides (its {@code @control})
 * @param error    what was thrown: the root cause's class and message
 * @param facts    the facts the rule had matched when it failed
 */
public record RuleFailure(String rule, List<String> controls, String error, List<Object> facts) {

    public RuleFailure {
        controls = List.copyOf(controls);
        facts = List.copyOf(facts);
    }

    /** The root cause of {@code thrown}: its class and message, on one line. */
    static String describe(Throwable thrown) {
        Throwable root = thrown;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String message = root.getMessage() == null ? "" : ": " + root.getMessage().lines().findFirst().orElse("");
        return root.getClass().getSimpleName() + message;
    }
}
