package jp.kijun.cli;

import jp.kijun.catalog.Catalog;
import jp.kijun.catalog.CatalogLoader;
import jp.kijun.catalog.ParameterCatalog;
import jp.kijun.engine.Evaluation;
import jp.kijun.engine.Evaluator;
import jp.kijun.engine.RuleBase;
import jp.kijun.facts.FactLoader;
import jp.kijun.facts.FactSet;
import jp.kijun.gate.Baseline;
import jp.kijun.gate.Comparison;
import jp.kijun.gate.FailOn;
import jp.kijun.gate.Gate;
import jp.kijun.report.Report;
import jp.kijun.report.ReportContext;
import jp.kijun.report.ReportFiles;
import jp.kijun.report.ReportOptions;
import jp.kijun.report.Reports;
import jp.kijun.report.ToolInfo;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

/** {@code kijun evaluate}: the main job. */
@Command(name = "evaluate",
        sortOptions = false,
        mixinStandardHelpOptions = true,
        description = {
                "事実ファイルを評価し、管理策ごとの結果を出力します。",
                "Evaluates facts files against every control of the guideline and reports one outcome per control:",
                "passed, failed, not_applicable, not_reviewed (nothing decided it), waived or error.",
                ""},
        footer = {"",
                "Examples:",
                "  kijun evaluate examples/chubu-denryoku",
                "  kijun evaluate facts/ --as-of 2026-04-01 --format json > report.json",
                "  kijun evaluate facts/ --lang en -o json=build/kijun.json --fail-on reference",
                "",
                "Exit codes: 0 the gate passed; 1 a failed control of a gating tier; 2 usage or input error;",
                "            3 internal or rule error."})
final class EvaluateCommand implements Callable<Integer> {

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "FACTS",
            description = "Facts files (.yaml, .yml, .json) or directories of them (read recursively).")
    List<Path> facts;

    @Option(names = "--as-of", paramLabel = "DATE",
            description = "Evaluate as on this ISO date (default: today). Rules never read the clock.")
    LocalDate asOf;

    @Option(names = "--fail-on", paramLabel = "TIER", defaultValue = "consider",
            description = "Which failed controls fail the gate (exit 1): consider (要検討事項, default), "
                    + "reference (both tiers) or none.")
    FailOn failOn;

    @Option(names = "--baseline", paramLabel = "PREVIOUS.json",
            description = "Compare with a previous JSON report: only controls that got worse (or new controls that "
                    + "fail) fail the gate, so old debt does not block. Matched by id; an older rule pack works.")
    Path baseline;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "console",
            description = "Format written to standard output: console (default) or json.")
    String format;

    @Option(names = {"-o", "--output"}, paramLabel = "FORMAT=PATH", mapFallbackValue = "",
            description = "Also write a report to a file, e.g. -o json=report.json. Repeatable. "
                    + "Written atomically; the directory must exist.")
    Map<String, Path> outputs = new LinkedHashMap<>();

    @Option(names = "--omit-passing",
            description = "SARIF: leave passed and not-applicable controls out of the results (every control stays a rule).")
    boolean omitPassing;

    @Option(names = "--not-reviewed-as-failure",
            description = "JUnit: report not-reviewed controls as failures instead of skipped tests.")
    boolean notReviewedAsFailure;

    @Mixin
    CommonOptions common;

    @Override
    public Integer call() throws Exception {
        Report stdout = report(format, "--format");
        Map<Path, Report> files = new LinkedHashMap<>();
        for (Map.Entry<String, Path> output : outputs.entrySet()) {
            Report report = report(output.getKey(), "-o");
            String problem = ReportFiles.unwritable(output.getValue());
            if (problem != null) {
                throw new UsageException("-o " + output.getKey() + "=" + output.getValue() + ": " + problem);
            }
            files.put(output.getValue(), report);
        }
        Baseline previous = baseline == null ? null : Baseline.read(baseline);
        RuleBase rules = RuleBase.shipped();
        Catalog catalog = CatalogLoader.shipped();
        FactSet factSet = new FactLoader().load(facts);
        LocalDate date = asOf != null ? asOf : LocalDate.now();
        Evaluation evaluation = new Evaluator(rules, catalog).evaluate(factSet, date, ParameterCatalog.shipped(catalog).defaults());
        Comparison comparison = previous == null ? null : Comparison.of(previous, evaluation);
        ReportContext context = new ReportContext(ToolInfo.shipped(), common.language, comparison,
                new ReportOptions(omitPassing, notReviewedAsFailure));
        for (Map.Entry<Path, Report> file : files.entrySet()) {
            ReportFiles.write(file.getKey(), file.getValue(), evaluation, context);
        }
        PrintWriter out = spec.commandLine().getOut();
        stdout.write(evaluation, context, out);
        out.flush();
        Gate gate = new Gate(failOn);
        return comparison == null ? gate.exitCode(evaluation) : gate.exitCode(comparison);
    }

    private static Report report(String name, String option) throws UsageException {
        return Reports.named(name).orElseThrow(() -> new UsageException(option + " " + name
                + ": unknown format; expected one of " + String.join(", ", Reports.names())));
    }
}
