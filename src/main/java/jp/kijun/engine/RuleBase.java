package jp.kijun.engine;

import org.drools.core.impl.InternalRuleBase;
import org.kie.api.KieBase;
import org.kie.api.KieServices;
import org.kie.api.definition.rule.Rule;
import org.kie.api.runtime.KieSession;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The shipped rules, precompiled to Drools' executable model at build time, loaded once per process (straight from
 * the model, see {@link PrecompiledRules}). Every KieBase kijun evaluates with is built with kijun's
 * {@link RuleFailureHandler}, so that a rule that throws puts its controls in error instead of stopping the evaluation.
 */
public final class RuleBase {

    /** The KieBase named in {@code META-INF/kmodule.xml}. */
    public static final String KIE_BASE = "kijun";

    private static RuleBase shipped;

    private final KieBase kieBase;
    private final Map<String, List<String>> rulesByControl;

    private RuleBase(KieBase kieBase) {
        this.kieBase = kieBase;
        Map<String, List<String>> byControl = new TreeMap<>();
        kieBase.getKiePackages().forEach(pkg -> pkg.getRules().forEach(rule -> {
            for (String control : controlsOf(rule)) {
                byControl.computeIfAbsent(control, k -> new ArrayList<>()).add(rule.getName());
            }
        }));
        byControl.values().forEach(Collections::sort);
        this.rulesByControl = Collections.unmodifiableMap(byControl);
    }

    /**
     * The shipped rule base.
     *
     * @throws EmptyRuleBaseException when the jar holds no rules (a broken build or packaging)
     */
    public static synchronized RuleBase shipped() throws EmptyRuleBaseException {
        if (shipped == null) {
            shipped = of(PrecompiledRules.load(RuleBase.class.getClassLoader()).orElseGet(
                    () -> KieServices.Factory.get().getKieClasspathContainer()
                            .newKieBase(KIE_BASE, RuleFailureHandler.kieBaseConfiguration())));
        }
        return shipped;
    }

    /**
     * Wraps a KieBase, refusing one without rules: a KieBase built from a jar whose precompiled model is missing
     * comes up empty with only a warning, and every control would then silently be "not reviewed".
     */
    static RuleBase of(KieBase kieBase) throws EmptyRuleBaseException {
        RuleBase candidate = new RuleBase(kieBase);
        if (candidate.ruleCount() == 0) {
            throw new EmptyRuleBaseException();
        }
        return candidate;
    }

    /** The controls a rule decides: its {@code @control} metadata, which may list several ids separated by commas. */
    static List<String> controlsOf(Rule rule) {
        Object control = rule.getMetaData().get(Finding.CONTROL);
        if (control == null) {
            return List.of();
        }
        return List.of(control.toString().split("\\s*,\\s*"));
    }

    public int ruleCount() {
        return kieBase.getKiePackages().stream().mapToInt(pkg -> pkg.getRules().size()).sum();
    }

    /** Rule names by the control they decide, controls in id order. */
    public Map<String, List<String>> rulesByControl() {
        return rulesByControl;
    }

    /** Every rule name with the controls it names (empty when a rule lacks {@code @control}). */
    public Map<String, List<String>> controlsByRule() {
        Map<String, List<String>> byRule = new TreeMap<>();
        kieBase.getKiePackages().forEach(pkg -> pkg.getRules().forEach(rule -> byRule.put(rule.getName(), controlsOf(rule))));
        return byRule;
    }

    /** The metadata key that marks a rule as deciding a requirement template (and names it) rather than a control. */
    public static final String TEMPLATE = "template";

    /** Every template rule's name with the template it decides ({@code @template}). */
    public Map<String, String> templatesByRule() {
        Map<String, String> byRule = new TreeMap<>();
        kieBase.getKiePackages().forEach(pkg -> pkg.getRules().forEach(rule -> {
            Object template = rule.getMetaData().get(TEMPLATE);
            if (template != null) {
                byRule.put(rule.getName(), template.toString());
            }
        }));
        return byRule;
    }

    /** The class Drools hands a consequence's exception to: {@link RuleFailureHandler} for every rule base kijun builds. */
    String consequenceExceptionHandler() {
        return ((InternalRuleBase) kieBase).getRuleBaseConfiguration().getConsequenceExceptionHandler();
    }

    KieSession newSession() {
        return kieBase.newKieSession();
    }
}
