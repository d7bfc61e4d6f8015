package jp.kijun.cli;

import jp.kijun.catalog.Catalog;
import jp.kijun.catalog.CatalogLoader;
import jp.kijun.engine.ControlResult;
import jp.kijun.engine.EmptyRuleBaseException;
import jp.kijun.engine.Outcome;
import jp.kijun.engine.PackRules;
import jp.kijun.engine.RuleBase;
import jp.kijun.facts.InputLimits;
import jp.kijun.gate.Baseline;
import jp.kijun.gate.Comparison;
import jp.kijun.gate.FailOn;
import jp.kijun.gate.Gate;
import jp.kijun.gate.GateVerdict;
import jp.kijun.gate.WaiverStatus;
import jp.kijun.report.Report;
import jp.kijun.report.ReportContext;
import jp.kijun.report.ReportFiles;
import jp.kijun.report.ReportOptions;
import jp.kijun.report.Reports;
import jp.kijun.report.RunSettings;
import jp.kijun.report.ToolInfo;
import jp.kijun.tailoring.Assessment;
import jp.kijun.tailoring.Profile;
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
                "  kijun evaluate examples/aoba-power --as-of 2026-04-01",
                "  kijun evaluate facts/ --format json > report.json",
                "  kijun evaluate facts/ --profile electricity --config org.properties -D passwordMinLength=14",
                "  kijun evaluate facts/ --waivers waivers.yaml --baseline main.json -o sarif=kijun.sarif",
                "",
                "Parameters are layered: built-in defaults < --profile < --config < KIJUN_* environment variables",
                "< -D name=value. KIJUN_PASSWORD_MIN_LENGTH sets passwordMinLength. See kijun params.",
                "",
                "Exit codes: 0 the gate passed; 1 a control of a gating tier failed or, encoded, is not reviewed",
                "            (with --baseline: a regression); the console's last line says which and why;",
                "            2 usage or input error; 3 internal or rule error."})
final class EvaluateCommand implements Callable<Integer> {

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "FACTS",
            description = "Facts files (.yaml, .yml, .json) or directories of them (read recursively).")
    List<Path> facts;

    @Option(names = "--as-of", paramLabel = "DATE",
            description = "Evaluate as on this ISO date (default: today). Rules never read the clock.")
    LocalDate asOf;

    @Mixin
    TailoringOptions tailoring;

    @Option(names = "--waivers", paramLabel = "FILE",
            description = "Waivers (例外措置) that hide a control's verdict while in force (see kijun schema waivers).")
    Path waivers;

    @Option(names = "--fail-on", paramLabel = "TIER", defaultValue = "consider",
            description = "Which tiers gate (exit 1 on a failed or not-reviewed control): consider (要検討事項, "
                    + "default), reference (both tiers) or none.")
    FailOn failOn;

    @Option(names = "--accept-not-reviewed",
            description = "Let encoded controls that are not reviewed (their evidence is not recorded) pass the gate. "
                    + "Without it they fail it like failed controls: absence is not compliance. Planned controls never "
                    + "fail it.")
    boolean acceptNotReviewed;

    @Option(names = "--baseline", paramLabel = "PREVIOUS.json",
            description = "Compare with a previous JSON report: only controls that got worse (or new controls that "
                    + "fail) fail the gate, so old debt does not block. Matched by id; an older rule pack works.")
    Path baseline;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "console",
            description = "Format written to standard output: console (default), json, sarif, junit, html or markdown.")
    String format;

    @Option(names = {"-o", "--output"}, paramLabel = "FORMAT=PATH", mapFallbackValue = "",
            description = "Also write a report to a file, e.g. -o json=report.json. Repeatable. "
                    + "Written atomically; the directory must exist.")
    Map<String, Path> outputs = new LinkedHashMap<>();

    @Option(names = "--omit-passing",
            description = "SARIF: leave passed and not-applicable controls out of the results (every control stays a rule).")
    boolean omitPassing;

    @Option(names = "--omit-not-reviewed",
            description = "SARIF: leave not-reviewed controls out of the results (code scanning would list them as alerts).")
    boolean omitNotReviewed;

    @Option(names = "--not-reviewed-as-failure",
            description = "JUnit: report not-reviewed controls as failures instead of skipped tests.")
    boolean notReviewedAsFailure;

    @Mixin
    InputLimitOptions inputLimits;

    @Mixin
    CommonOptions common;

    /** Where the rules come from; the shipped rule base unless a test says otherwise. */
    interface RuleSource {
        RuleBase rules() throws EmptyRuleBaseException;
    }

    private final RuleSource ruleSource;

    EvaluateCommand() {
        this(RuleBase::shipped);
    }

    EvaluateCommand(RuleSource ruleSource) {
        this.ruleSource = ruleSource;
    }

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
        InputLimits limits = inputLimits.limits();
        Baseline previous = baseline == null ? null : Baseline.read(baseline, limits);
        Catalog catalog = CatalogLoader.shipped();
        Assessment.Request request = new Assessment.Request(facts, asOf != null ? asOf : LocalDate.now(),
                tailoring.profile, tailoring.packs, tailoring.config, System.getenv(), tailoring.definitions, waivers);
        Assessment.Prepared prepared = Assessment.prepare(request, catalog, limits);
        Assessment.Loaded loaded = prepared.load();
        if (previous != null) {
            previous.checkSameOrganisation(loaded.facts().organisationName(), "the facts")
                    .ifPresent(warning -> spec.commandLine().getErr().println(warning));
        }
        RuleBase rules = ruleSource.rules();
        Assessment assessment = loaded.assess(rules, PackRules.defaultCache(System.getenv()), null);
        warn(assessment);
        Comparison comparison = previous == null ? null : Comparison.of(previous, assessment.evaluation());
        RunSettings settings = new RunSettings(assessment.profile().name(),
                assessment.profile().chain().stream().map(Profile::name).toList(),
                assessment.parameters().all(), assessment.waivers());
        Gate gate = new Gate(failOn, acceptNotReviewed);
        GateVerdict verdict = comparison == null ? gate.verdict(assessment.evaluation()) : gate.verdict(comparison);
        ReportContext context = new ReportContext(ToolInfo.shipped(), common.language, comparison,
                new ReportOptions(omitPassing, omitNotReviewed, notReviewedAsFailure), settings, verdict);
        for (Map.Entry<Path, Report> file : files.entrySet()) {
            ReportFiles.write(file.getKey(), file.getValue(), assessment.evaluation(), context);
        }
        PrintWriter out = spec.commandLine().getOut();
        stdout.write(assessment.evaluation(), context, out);
        out.flush();
        if (reportRuleErrors(assessment)) {
            return ExitCodes.INTERNAL;
        }
        return verdict.passed() ? Gate.PASSED : Gate.FAILED;
    }

    /**
     * A rule that failed left its controls in error; the reports show them, and so does standard error, one line
     * each. Whatever the gate says, the run is not a clean one: exit 3.
     */
    private boolean reportRuleErrors(Assessment assessment) {
        List<ControlResult> errors = assessment.evaluation().results().stream()
                .filter(result -> result.decidedOutcome() == Outcome.ERROR)
                .toList();
        PrintWriter err = spec.commandLine().getErr();
        for (ControlResult result : errors) {
            result.reasons().forEach(reason -> err.println("kijun: " + result.id() + ": " + reason.message().in(common.language)));
        }
        if (!errors.isEmpty()) {
            err.println("kijun: " + errors.size() + (errors.size() == 1 ? " control is" : " controls are")
                    + " in error because a rule failed; the other controls were evaluated and the reports written.");
        }
        err.flush();
        return !errors.isEmpty();
    }

    private void warn(Assessment assessment) {
        PrintWriter err = spec.commandLine().getErr();
        assessment.parameters().warnings().forEach(warning -> err.println("kijun: warning: " + warning));
        for (WaiverStatus status : assessment.waivers()) {
            if (status.state().isWarning()) {
                err.println(status.source().fileAndLine() + ": warning: " + status.message().in(common.language));
            }
        }
        err.flush();
    }

    private static Report report(String name, String option) throws UsageException {
        return Reports.named(name).orElseThrow(() -> new UsageException(option + " " + name
                + ": unknown format; expected one of " + String.join(", ", Reports.names())));
    }
}
