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
}
