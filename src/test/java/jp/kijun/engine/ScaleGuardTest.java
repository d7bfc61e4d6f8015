package jp.kijun.engine;

import jp.kijun.catalog.CatalogLoader;
import jp.kijun.catalog.ParameterCatalog;
import jp.kijun.facts.FactLoader;
import jp.kijun.facts.FactSet;
import jp.kijun.generate.EstateGenerator;
import jp.kijun.generate.EstateSpec;
import jp.kijun.generate.EstateWriter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The regression guard of the performance work, counted rather than timed: on generated estates of 2,500 and
 * 10,000 accounts, the rules fire and hold join tuples in proportion to the facts — no rule fires or joins more
 * than there are facts, and both grow linearly with the estate. A rule that joins two kinds of facts without an
 * indexed key (a cross product) fails it, whatever the machine.
 */
class ScaleGuardTest {

    private static final LocalDate AS_OF = LocalDate.of(2026, 4, 1);
    /** Four times the accounts may cost at most 4.4 times the work: a growth exponent of 1.07 at most. */
    private static final double LINEAR = 4.4;

    @TempDir
    Path dir;

    private record Run(int facts, RuleNetworkStatistics statistics) {
        int firings() {
            return statistics.firings().values().stream().mapToInt(Integer::intValue).sum();
        }
    }

    private Run run(int accounts) throws Exception {
        EstateSpec spec = new EstateSpec(accounts, 1, 0.05, AS_OF);
        Path estate = Files.createDirectory(dir.resolve("estate-" + accounts));
        EstateWriter.write(EstateGenerator.generate(spec), spec, estate);
        FactSet facts = new FactLoader().load(List.of(estate));
        Map<String, Object> parameters = ParameterCatalog.shipped(CatalogLoader.shipped()).defaults();
        RuleNetworkStatistics statistics = new RuleNetworkStatistics();
        new Evaluator(RuleBase.shipped(), CatalogLoader.shipped()).fire(facts, AS_OF, parameters, statistics);
        return new Run(facts.facts().size(), statistics);
    }

    @Test
    void ruleFiringsAndJoinsGrowLinearlyWithTheEstate() throws Exception {
        Run small = run(2_500);
        Run large = run(10_000);
        String detail = "\n10k estate: " + large.facts() + " facts, " + large.firings() + " firings, "
                + large.statistics().describe(10);

        assertTrue(large.firings() <= large.facts(), "more firings than facts:" + detail);
        large.statistics().largestJoin().forEach((rule, tuples) -> assertTrue(tuples <= large.facts(),
                "the joins of '" + rule + "' hold " + tuples + " tuples, more than the " + large.facts()
                        + " facts: a cross product?" + detail));
        double firingGrowth = (double) large.firings() / small.firings();
        double joinGrowth = (double) large.statistics().joinTuples() / small.statistics().joinTuples();
        assertTrue(firingGrowth <= LINEAR, "firings grew " + firingGrowth + "× for 4× the accounts:" + detail);
        assertTrue(joinGrowth <= LINEAR, "join tuples grew " + joinGrowth + "× for 4× the accounts:" + detail);
    }
}
