package jp.kijun.engine;

import jp.kijun.catalog.Catalog;
import jp.kijun.catalog.CatalogLoader;
import jp.kijun.facts.FactLoader;
import jp.kijun.facts.FactSet;
import jp.kijun.tailoring.Assessment;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Warm: one evaluation of the README's sample (examples/aoba-power) in an engine that has already evaluated it
 * many times — {@code evaluate}: the facts loaded, the rules fired and aggregated into one outcome per control;
 * {@code assess}: all that {@code kijun evaluate} does short of writing the report (read and validate the files,
 * evaluate, apply the profile and waivers).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 10, time = 2)
@Fork(1)
public class WarmEvaluationBenchmark {

    private static final LocalDate AS_OF = LocalDate.of(2026, 4, 1);
    private static final Path SAMPLE = Path.of("examples/aoba-power");

    private RuleBase rules;
    private Catalog catalog;
    private FactSet facts;
    private Map<String, Object> parameters;
    private Assessment.Prepared prepared;

    @Setup
    public void setUp() throws Exception {
        rules = RuleBase.shipped();
        catalog = CatalogLoader.shipped();
        facts = new FactLoader().load(List.of(SAMPLE));
        prepared = Assessment.prepare(new Assessment.Request(List.of(SAMPLE), AS_OF, null, List.of(), null, Map.of(),
                Map.of(), null), catalog);
        parameters = prepared.parameters().values();
    }

    @Benchmark
    public Evaluation evaluate() throws Exception {
        return new Evaluator(rules, catalog).evaluate(facts, AS_OF, parameters);
    }

    @Benchmark
    public Assessment assess() throws Exception {
        return prepared.assess(rules, PackRules.defaultCache(System.getenv()));
    }
}
