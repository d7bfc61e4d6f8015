package jp.kijun.engine;

import org.drools.kiesession.rulebase.KnowledgeBaseFactory;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The rule base: precompiled rules load from the jar, and a rule base without rules is refused. */
class RuleBaseTest {

    @Test
    void anEmptyRuleBaseIsRefused() {
        EmptyRuleBaseException e = assertThrows(EmptyRuleBaseException.class,
                () -> RuleBase.of(KnowledgeBaseFactory.newKnowledgeBase()));
        assertTrue(e.getMessage().contains("holds no rules"));
    }

    @Test
    void theShippedRulesComeFromThePrecompiledModelWithTheirControls() throws Exception {
        RuleBase rules = RuleBase.shipped();
        assertTrue(rules.ruleCount() > 0);
        assertEquals(List.of("P1a-1-01"), rules.controlsByRule()
                .get("P1a-1-01 basic policy approved and reviewed within the review period"));
        assertTrue(Thread.currentThread().getContextClassLoader()
                .getResource("META-INF/kie/jp.kijun/kijun/drools-model") != null, "executable model index in the jar");
    }

    @Test
    void theModelBuildsTheSameRuleBaseAsTheKieContainerReadingKmoduleXml() {
        org.kie.api.KieBase fromModel = PrecompiledRules.load(getClass().getClassLoader()).orElseThrow();
        org.kie.api.KieBase fromContainer = org.kie.api.KieServices.Factory.get().getKieClasspathContainer()
                .getKieBase(RuleBase.KIE_BASE);
        assertEquals(ruleNames(fromContainer), ruleNames(fromModel));
        org.kie.api.KieBaseConfiguration container = ((org.drools.base.RuleBase) fromContainer).getConfiguration();
        org.kie.api.KieBaseConfiguration model = ((org.drools.base.RuleBase) fromModel).getConfiguration();
        assertEquals(container.getOption(org.kie.api.conf.EqualityBehaviorOption.KEY),
                model.getOption(org.kie.api.conf.EqualityBehaviorOption.KEY));
        assertEquals(container.getOption(org.kie.api.conf.EventProcessingOption.KEY),
                model.getOption(org.kie.api.conf.EventProcessingOption.KEY));
    }

    private static java.util.SortedSet<String> ruleNames(org.kie.api.KieBase kieBase) {
        java.util.SortedSet<String> names = new java.util.TreeSet<>();
        kieBase.getKiePackages().forEach(pkg -> pkg.getRules().forEach(rule -> names.add(pkg.getName() + "/" + rule.getName())));
        return names;
    }
}
