package jp.kijun.engine;

import jp.kijun.catalog.Catalog;
import jp.kijun.catalog.CatalogLoader;
import jp.kijun.facts.FactLoader;
import jp.kijun.facts.FactSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A rule that throws costs the controls it decides, not the evaluation. */
class RuleFailureContainmentTest {

    @TempDir
    Path dir;

    private final Catalog catalog = CatalogLoader.shipped();

    private FactSet facts() throws Exception {
        Path file = dir.resolve("people.yaml");
        Files.writeString(file, "people:\n  - {id: p-1, name: 山田}\n", StandardCharsets.UTF_8);
        return new FactLoader().load(List.of(file));
    }

    @Test
    void aRuleThatThrowsPutsItsControlInErrorAndTheOthersAreStillDecided() throws Exception {
        Evaluation evaluation = new Evaluator(TestRuleBases.compile(TestRuleBases.ONE_RULE_THROWS), catalog)
                .evaluate(facts(), LocalDate.of(2026, 4, 1), Map.of());

        ControlResult failed = evaluation.result("P1a-1-01").orElseThrow();
        assertEquals(Outcome.ERROR, failed.outcome());
        Reason reason = failed.reasons().get(0);
        assertEquals("P1a-1-01 a rule with a bug", reason.rule());
        assertTrue(reason.message().en().startsWith("Rule \"P1a-1-01 a rule with a bug\" failed, so this control could "
                + "not be decided: NullPointerException"), reason.message().en());
        assertEquals("p-1", reason.facts().get(0).id(), "the facts the rule was looking at are cited");

        assertEquals(Outcome.PASSED, evaluation.result("P1a-1-02").orElseThrow().outcome());
        assertEquals(Outcome.PASSED, evaluation.result("P1a-1-03").orElseThrow().outcome());
        assertEquals(catalog.items().count(), evaluation.results().size(), "one result per control, as always");
        assertEquals(1, evaluation.summary().get(Outcome.ERROR));
    }

    @Test
    void aRuleThatThrowsInItsConditionsStopsTheEvaluationNamingTheRule() throws Exception {
        String drl = """
                package test.rules;
                import jp.kijun.engine.Finding;
                import jp.kijun.facts.model.people.Person;
                rule "P1a-1-01 a condition with a bug"
                  @control("P1a-1-01")
                when
                  $person : Person(Integer.parseInt(name) > 0)
                then
                  insert(Finding.pass(kcontext, "x", "x", $person));
                end
                """;
        RuleFailureException e = assertThrows(RuleFailureException.class, () -> new Evaluator(TestRuleBases.compile(drl),
                catalog).evaluate(facts(), LocalDate.of(2026, 4, 1), Map.of()));
        assertTrue(e.getMessage().contains("P1a-1-01 a condition with a bug"), e.getMessage());
        assertTrue(e.getMessage().endsWith("NumberFormatException: For input string: \"山田\""), e.getMessage());
    }

    @Test
    void aFailingRuleWithoutAControlStopsTheEvaluationRatherThanLosingTheFailure() throws Exception {
        String drl = """
                package test.rules;
                import jp.kijun.facts.model.people.Person;
                rule "no control metadata"
                when
                  $person : Person()
                then
                  throw new IllegalStateException("broken");
                end
                """;
        RuleFailureException e = assertThrows(RuleFailureException.class, () -> new Evaluator(TestRuleBases.compile(drl),
                catalog).evaluate(facts(), LocalDate.of(2026, 4, 1), Map.of()));
        assertEquals("rule \"no control metadata\" failed and names no control with @control, so no control can show "
                + "it: IllegalStateException: broken", e.getMessage());
    }

    @Test
    void theShippedRuleBaseContainsFailuresToo() throws Exception {
        RuleBase shipped = RuleBase.shipped();
        assertTrue(shipped.ruleCount() > 0);
        assertEquals(RuleFailureHandler.class.getName(), shipped.consequenceExceptionHandler());
    }
}
