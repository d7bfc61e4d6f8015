package jp.kijun.engine;

import org.kie.api.KieBaseConfiguration;
import org.kie.api.KieServices;
import org.kie.api.runtime.rule.ConsequenceExceptionHandler;
import org.kie.api.runtime.rule.Match;
import org.kie.api.runtime.rule.RuleRuntime;
import org.kie.internal.conf.ConsequenceExceptionHandlerOption;

import java.util.ArrayList;
import java.util.List;

/**
 * Contains a rule whose consequence throws: instead of aborting the whole evaluation (Drools' default), records a
 * {@link RuleFailure} in the session and lets the engine go on with the other rules. Drools creates the handler
 * itself from the KieBase's configuration, so it is set on every KieBase that kijun builds:
 * {@link #kieBaseConfiguration()}.
 */
public final class RuleFailureHandler implements ConsequenceExceptionHandler {

    /** The configuration every KieBase that kijun evaluates with must be built with. */
    public static KieBaseConfiguration kieBaseConfiguration() {
        KieBaseConfiguration configuration = KieServices.Factory.get().newKieBaseConfiguration();
        configuration.setOption(option());
        return configuration;
    }

    /** The same, as an option, for builders that take options. */
    public static ConsequenceExceptionHandlerOption option() {
        return ConsequenceExceptionHandlerOption.get(RuleFailureHandler.class);
    }

    @Override
    public void handleException(Match match, RuleRuntime session, Exception thrown) {
        List<Object> facts = new ArrayList<>(match.getObjects());
        session.insert(new RuleFailure(match.getRule().getName(), RuleBase.controlsOf(match.getRule()),
                RuleFailure.describe(thrown), facts));
    }
}
