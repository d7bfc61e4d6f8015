package jp.kijun.engine;

import jp.kijun.catalog.Text;
import jp.kijun.catalog.requirement.Requirement;
import org.kie.api.runtime.rule.RuleContext;

import java.util.Arrays;
import java.util.List;

/**
 * A result fact that a rule inserts: its verdict on the controls named by the rule's {@code @control} (one or several,
 * separated by commas) or on the control of the requirement a template rule decides, a message in Japanese and
 * English, and the facts that decided it.
 *
 * <p>In DRL: {@code insert(Finding.fail(kcontext, "…", "…", $account));}
 *
 * @param controls the control ids the finding is about
 * @param rule     the rule's name
 * @param verdict  pass, fail, incomplete or not applicable
 * @param message  why, in Japanese and English
 * @param facts    the facts cited; a pass cites its evidence, a failure what is wrong or missing
 * @param aspect   the position of the requirement among its control's requirements (templates), 0 for a rule's own
 */
public record Finding(List<String> controls, String rule, Verdict verdict, Text message, List<Object> facts, int aspect) {

    /** The metadata key that names a rule's controls. */
    public static final String CONTROL = "control";

    public Finding {
        controls = List.copyOf(controls);
        facts = List.copyOf(facts);
    }

    /** A finding of a rule of its own about one control. */
    public Finding(String control, String rule, Verdict verdict, Text message, List<Object> facts) {
        this(List.of(control), rule, verdict, message, facts, 0);
    }

    /** The first control it is about (most findings are about one). */
    public String control() {
        return controls.get(0);
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

    /** A template rule's finding on the control of {@code requirement}. */
    public static Finding about(Requirement requirement, RuleContext rule, Verdict verdict, Text message, List<Object> facts) {
        return new Finding(List.of(requirement.control()), rule.getRule().getName(), verdict, message, facts,
                requirement.aspect());
    }

    private static Finding of(RuleContext rule, Verdict verdict, String ja, String en, Object... facts) {
        List<String> controls = RuleBase.controlsOf(rule.getRule());
        if (controls.isEmpty()) {
            throw new IllegalStateException("rule '" + rule.getRule().getName() + "' has no @control metadata");
        }
        return new Finding(controls, rule.getRule().getName(), verdict, new Text(ja, en), Arrays.asList(facts), 0);
    }
}
