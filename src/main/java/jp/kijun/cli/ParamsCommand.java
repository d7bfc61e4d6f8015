package jp.kijun.cli;

import jp.kijun.catalog.Catalog;
import jp.kijun.catalog.CatalogLoader;
import jp.kijun.config.EnvironmentNames;
import jp.kijun.config.ParameterValue;
import jp.kijun.tailoring.Assessment;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.Callable;

/** {@code kijun params}. */
@Command(name = "params",
        mixinStandardHelpOptions = true,
        sortOptions = false,
        description = {"すべてのパラメータの実効値と、その値がどこから来たかを示します。",
                "Lists every parameter the rules read with its effective value, its unit, the layer the value came",
                "from and the controls that read it. Layers, lowest first: built-in default, --profile, --config,",
                "environment (KIJUN_ and the name in upper snake case: passwordMinLength is",
                "KIJUN_PASSWORD_MIN_LENGTH), -D name=value.", ""},
        footer = {"", "Examples:", "  kijun params --profile electricity",
                "  kijun params --config org.properties -D passwordMinLength=14"})
final class ParamsCommand implements Callable<Integer> {

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Mixin
    TailoringOptions tailoring;

    @Mixin
    InputLimitOptions inputLimits;

    @Mixin
    CommonOptions common;

    @Override
    public Integer call() throws Exception {
        Catalog catalog = CatalogLoader.shipped();
        Assessment.Prepared prepared = Assessment.prepare(new Assessment.Request(List.of(), LocalDate.now(),
                tailoring.profile, tailoring.packs, tailoring.config, System.getenv(), tailoring.definitions, null),
                catalog, inputLimits.limits());
        PrintWriter out = spec.commandLine().getOut();
        prepared.parameters().warnings().forEach(warning -> spec.commandLine().getErr().println("kijun: warning: " + warning));
        for (ParameterValue value : prepared.parameters().all()) {
            String unit = value.definition().unit() == null ? "" : " " + value.definition().unit();
            out.printf("%-32s %-40s %-14s %s%n", value.name(), value.value() + unit, value.layer().code(), value.origin());
            out.printf("    %s — %s%n", value.definition().title().in(common.language),
                    value.definition().controls().isEmpty() ? value.definition().appliesTo()
                            : String.join(" ", value.definition().controls()));
            out.printf("    env %s%n", EnvironmentNames.of(value.name()));
        }
        return 0;
    }
}
