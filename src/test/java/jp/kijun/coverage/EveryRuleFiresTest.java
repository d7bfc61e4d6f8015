package jp.kijun.coverage;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

/** The check that every shipped rule fires in a scenario: one line per problem, and an allow-list that only shrinks. */
class EveryRuleFiresTest {

    private static final Map<String, List<String>> RULES = Map.of("A-1 passes", List.of("A-1"),
            "A-1 fails", List.of("A-1"), "B-1 fails", List.of("B-1", "B-2"), "needs: x", List.of());

    @Test
    void aRuleThatNeverFiredIsOneLineNamingItsControls() {
        assertEquals(List.of("never fired in any scenario: \"B-1 fails\" (B-1, B-2) — add a scenario that fires it, or remove the rule",
                        "never fired in any scenario: \"needs: x\" — add a scenario that fires it, or remove the rule"),
                EveryRuleFires.problems(new java.util.TreeSet<>(Set.of("B-1 fails", "needs: x")), Set.of("A-1 passes", "A-1 fails"),
                        RULES, Map.of()));
    }

    @Test
    void anAllowedRuleMayStayUnfiredWithItsReason() {
        assertEquals(List.of(), EveryRuleFires.problems(new java.util.TreeSet<>(Set.of("B-1 fails")),
                Set.of("A-1 passes", "A-1 fails", "needs: x"), RULES, Map.of("B-1 fails", "being rewritten")));
    }

    @Test
    void theAllowListOnlyShrinks() {
        assertEquals(List.of(
                        EveryRuleFires.ALLOWED + ": \"A-1 fails\" fires now; remove its entry",
                        EveryRuleFires.ALLOWED + ": \"gone\" is no shipped rule now; remove its entry",
                        EveryRuleFires.ALLOWED + ": \"B-1 fails\" has no reason; say why it may stay unfired"),
                EveryRuleFires.problems(new java.util.TreeSet<>(Set.of("B-1 fails")), Set.of("A-1 passes", "A-1 fails", "needs: x"),
                        RULES, allowed("A-1 fails", "r", "gone", "r", "B-1 fails", " ")));
    }

    private static Map<String, String> allowed(String... ruleAndReason) {
        Map<String, String> allowed = new java.util.LinkedHashMap<>();
        for (int i = 0; i < ruleAndReason.length; i += 2) {
            allowed.put(ruleAndReason[i], ruleAndReason[i + 1]);
        }
        return allowed;
    }

    @Test
    void theShippedAllowListGivesEveryEntryAReason() throws Exception {
        EveryRuleFires.allowed().forEach((rule, reason) -> assertFalse(reason.isBlank(), rule));
    }
}
