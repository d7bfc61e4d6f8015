package jp.kijun.engine;

import jp.kijun.catalog.Catalog;
import jp.kijun.catalog.CatalogLoader;
import jp.kijun.catalog.ParameterCatalog;
import jp.kijun.facts.FactLoader;
import jp.kijun.facts.FactSet;
import jp.kijun.generate.EstateGenerator;
import jp.kijun.generate.EstateSpec;
import jp.kijun.generate.EstateWriter;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Floor: the account and authentication checks of P3a ({@link PlainJavaAccountChecks#CONTROLS}) over a generated
 * estate (100,000 accounts by default), written by hand in plain Java ({@code plainJava}) and as the shipped Drools
 * rules of the same controls ({@code droolsSameControls}), on the same loaded facts; {@code droolsAllRules} is the
 * whole rule pack, for scale. The facts are loaded once, in the setup; each measured call evaluates them anew.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3)
@Measurement(iterations = 5)
@Fork(value = 1, jvmArgsAppend = {"-Xmx2g", "-XX:+UseParallelGC"})
public class FloorBenchmark {

    private static final LocalDate AS_OF = LocalDate.of(2026, 4, 1);

    @Param("100000")
    public int accounts;

    private FactSet facts;
    private Map<String, Object> parameters;
    private Catalog catalog;
    private RuleBase sameControls;
    private RuleBase allRules;

    @Setup
    public void setUp() throws Exception {
        Path estate = Files.createTempDirectory("kijun-floor-");
        EstateSpec spec = new EstateSpec(accounts, 1, 0.05, AS_OF);
        EstateWriter.write(EstateGenerator.generate(spec), spec, estate);
        facts = new FactLoader().load(List.of(estate));
        catalog = CatalogLoader.shipped();
        parameters = ParameterCatalog.shipped(catalog).defaults();
        sameControls = RestrictedRuleBase.of(PlainJavaAccountChecks.CONTROLS);
        allRules = RuleBase.shipped();
    }

    @Benchmark
    public List<Finding> plainJava() {
        return PlainJavaAccountChecks.evaluate(facts, AS_OF, parameters);
    }

    @Benchmark
    public List<Finding> droolsSameControls() throws Exception {
        return new Evaluator(sameControls, catalog).fire(facts, AS_OF, parameters, SessionProbe.NONE);
    }

    @Benchmark
    public List<Finding> droolsAllRules() throws Exception {
        return new Evaluator(allRules, catalog).fire(facts, AS_OF, parameters, SessionProbe.NONE);
    }
}
