package jp.kijun.cli;

import jp.kijun.catalog.CatalogLoader;
import jp.kijun.gate.Baseline;
import jp.kijun.gate.Comparison;
import jp.kijun.gate.FailOn;
import jp.kijun.gate.Gate;
import jp.kijun.gate.GateVerdict;
import jp.kijun.report.ComparisonText;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.nio.file.Path;
import java.util.concurrent.Callable;

/** {@code kijun diff OLD.json NEW.json}. */
@Command(name = "diff",
        mixinStandardHelpOptions = true,
        description = {"二つの JSON レポートを比較し、悪化と改善を示します。",
                "Compares two JSON reports control by control (matched by id) and lists regressions — controls",
                "that got worse, or new controls that fail or are not reviewed —, improvements and other changes",
                "(failed to not reviewed …). Exit 1 when a regression of a gating tier remains, as evaluate",
                "--baseline does; the last line says why. Two reports of different organisations are refused.", ""},
        footer = {"", "Example:", "  kijun diff main.json branch.json"})
final class DiffCommand implements Callable<Integer> {

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Parameters(index = "0", paramLabel = "OLD.json", description = "The earlier report (the baseline).")
    Path older;

    @Parameters(index = "1", paramLabel = "NEW.json", description = "The later report.")
    Path newer;

    @Option(names = "--fail-on", paramLabel = "TIER", defaultValue = "consider",
            description = "Which regressions give exit 1: consider (default), reference (both tiers) or none.")
    FailOn failOn;

    @Option(names = "--accept-not-reviewed",
            description = "A new control that is not reviewed is no regression (as evaluate --accept-not-reviewed).")
    boolean acceptNotReviewed;

    @Mixin
    InputLimitOptions inputLimits;

    @Mixin
    CommonOptions common;

    @Override
    public Integer call() throws Exception {
        Baseline before = Baseline.read(older, inputLimits.limits());
        Baseline after = Baseline.read(newer, inputLimits.limits());
        before.checkSameOrganisation(after.organisation(), after.path())
                .ifPresent(warning -> spec.commandLine().getErr().println(warning));
        Comparison comparison = Comparison.of(before, after);
        new ComparisonText(ComparisonText.titlesOf(CatalogLoader.shipped()), common.language)
                .write(comparison, spec.commandLine().getOut());
        GateVerdict verdict = new Gate(failOn, acceptNotReviewed).verdict(comparison);
        spec.commandLine().getOut().println(verdict.line().in(common.language));
        return verdict.passed() ? Gate.PASSED : Gate.FAILED;
    }
}
