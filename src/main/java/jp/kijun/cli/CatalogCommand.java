package jp.kijun.cli;

import picocli.CommandLine.Command;

/** {@code kijun catalog}: the guideline as data. */
@Command(name = "catalog",
        mixinStandardHelpOptions = true,
        description = {
                "指針の全項目（管理策）を一覧・表示します。",
                "Lists and shows the controls: every item of the guideline, with its tier, how kijun decides it,",
                "the rules that decide it and the scenarios that specify it.", ""},
        subcommands = {CatalogListCommand.class, CatalogShowCommand.class})
final class CatalogCommand implements Runnable {

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new picocli.CommandLine.ParameterException(spec.commandLine(),
                "a subcommand is required: list or show");
    }
}
