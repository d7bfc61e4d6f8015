package jp.kijun.engine;

import jp.kijun.catalog.Catalog;
import jp.kijun.catalog.CatalogLoader;
import jp.kijun.catalog.Check;
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
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** A generated estate puts every automated control to both kinds of evidence: something passes it and something fails it. */
class GeneratedEstateTest {

    private static final LocalDate AS_OF = LocalDate.of(2026, 4, 1);
    /** Decided for the organisation as a whole (a plan and a session, or their absence): one verdict per estate. */
    private static final String ORGANISATION_WIDE = "P1b-1-02";

    @TempDir
    Path dir;

    private List<Finding> findings(EstateSpec spec) throws Exception {
        Path estate = Files.createDirectory(dir.resolve("estate-" + spec.seed() + "-" + spec.accounts()));
        EstateWriter.write(EstateGenerator.generate(spec), spec, estate);
        FactSet facts = new FactLoader().load(List.of(estate));
        Map<String, Object> parameters = ParameterCatalog.shipped(CatalogLoader.shipped()).defaults();
        return new Evaluator(RuleBase.shipped(), CatalogLoader.shipped()).fire(facts, AS_OF, parameters, SessionProbe.NONE);
    }

    @Test
    void everyAutomatedControlMeetsPassingAndFailingFacts() throws Exception {
        Map<String, Set<Verdict>> verdicts = new TreeMap<>();
        for (Finding finding : findings(new EstateSpec(1_000, 1, 0.05, AS_OF))) {
            finding.controls().forEach(control -> verdicts.computeIfAbsent(control, k -> EnumSet.noneOf(Verdict.class)).add(finding.verdict()));
        }
        Catalog catalog = CatalogLoader.shipped();
        List<String> missing = new ArrayList<>();
        catalog.items().filter(item -> item.check() == Check.AUTOMATED && !item.id().equals(ORGANISATION_WIDE))
                .forEach(item -> {
                    Set<Verdict> seen = verdicts.getOrDefault(item.id(), Set.of());
                    if (!seen.contains(Verdict.PASS) || !seen.contains(Verdict.FAIL)) {
                        missing.add(item.id() + " " + seen);
                    }
                });
        assertEquals(List.of(), missing);
    }

    @Test
    void theOrganisationWideGapIsDrawnWithTheGapShare() throws Exception {
        Set<Verdict> outcomes = new HashSet<>();
        for (long seed = 1; seed <= 8; seed++) {
            boolean failed = findings(new EstateSpec(100, seed, 0.5, AS_OF)).stream()
                    .anyMatch(finding -> finding.controls().contains(ORGANISATION_WIDE) && finding.verdict() == Verdict.FAIL);
            outcomes.add(failed ? Verdict.FAIL : Verdict.PASS);
        }
        assertEquals(EnumSet.of(Verdict.PASS, Verdict.FAIL), outcomes);
    }
}
