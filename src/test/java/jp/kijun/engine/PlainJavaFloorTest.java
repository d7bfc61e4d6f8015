package jp.kijun.engine;

import jp.kijun.catalog.CatalogLoader;
import jp.kijun.facts.FactLoader;
import jp.kijun.facts.FactSet;
import jp.kijun.generate.EstateGenerator;
import jp.kijun.generate.EstateSpec;
import jp.kijun.generate.EstateWriter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The benchmarks' plain-Java floor decides exactly what the Drools rules of the same controls decide. */
class PlainJavaFloorTest {

    private static final LocalDate AS_OF = LocalDate.of(2026, 4, 1);

    @TempDir
    Path dir;

    @Test
    void thePlainJavaChecksMakeTheFindingsOfTheRulesTheyStandFor() throws Exception {
        EstateSpec spec = new EstateSpec(2000, 3, 0.3, AS_OF);
        EstateWriter.write(EstateGenerator.generate(spec), spec, dir);
        FactSet facts = new FactLoader().load(List.of(dir));
        Map<String, Object> parameters = jp.kijun.catalog.ParameterCatalog.shipped(CatalogLoader.shipped()).defaults();
        RuleBase rules = RestrictedRuleBase.of(PlainJavaAccountChecks.CONTROLS);
        Set<String> drools = keys(new Evaluator(rules, CatalogLoader.shipped())
                .fire(facts, AS_OF, parameters, SessionProbe.NONE), facts);
        Set<String> plain = keys(PlainJavaAccountChecks.evaluate(facts, AS_OF, parameters), facts);
        assertTrue(drools.size() > 1000, "a generated estate gives many findings: " + drools.size());
        assertEquals(drools, plain);
    }

    /** Control, verdict, rule and the facts cited: what a finding decides, leaving its wording aside. */
    private static Set<String> keys(List<Finding> findings, FactSet facts) {
        Set<String> keys = new TreeSet<>();
        for (Finding finding : findings) {
            keys.add(finding.control() + " " + finding.verdict() + " " + finding.rule() + " " + finding.facts().stream()
                    .map(fact -> facts.originOf(fact).map(origin -> origin.type() + ":" + origin.id()).orElse("?"))
                    .toList());
        }
        return keys;
    }
}
