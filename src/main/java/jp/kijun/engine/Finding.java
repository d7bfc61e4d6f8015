package jp.kijun.engine;

import jp.kijun.catalog.Text;
import org.kie.api.runtime.rule.RuleContext;

import java.util.Arrays;
import java.util.List;

/**
 * A result fact that a rule inserts: its verdict on the control named by the rule's {@code @control},
 * a message in Japanese and English, and the facts that decided it.
 *
 * <p>In DRL: {@code insert(Finding.fail(kcontext, "…", "…", $account));}
 *
 * @param control the control id, from the rule's {@code @control} metadata
 * @param rule    the rule's name
 * @param verdict pass, fail, incomplete or not applicable
 * @param message why, in Japanese and English
 * @param facts   the facts cited; a pass cites its evidence, a failure what is wrong or missing
 */
public record Finding(String control, String rule, Verdict verdict, Text message, List<Object> facts) {

    /** The metadata key that names a rule's control. */
    public static final String CONTROL = "control";

    public Finding {
        facts = List.copyOf(facts);
    }

    public static Finding pass(RuleContext rule, String ja, String en, Object... facts) {
        return of(rule, Verdict.PASS, ja, en, facts);
    }

    public static Finding fail(RuleContext rule, String ja, String en, Object... facts) {
        return of(rule, Verdict.FAIL, ja, en, facts);
    }

    public static Finding incomplete(RuleContext rule, String ja, String en, Object... facts) {
        return of(rule, Verdict.INCOMPLETE, ja, en, facts);
    }

    public static Finding notApplicable(RuleContext rule, String ja, String en, Object... facts) {
        return of(rule, Verdict.NOT_APPLICABLE, ja, en, facts);
    }

    private static Finding of(RuleContext rule, Verdict verdict, String ja, String en, Object... facts) {
        Object control = rule.getRule().getMetaData().get(CONTROL);
        if (control == null) {
            throw new IllegalStateException("rule '" + rule.getRule().getName() + "' has no @control metadata");
        }
        return new Finding(control.toString(), rule.getRule().getName(), verdict, new Text(ja, en),
                Arrays.asList(facts));
    }
}
