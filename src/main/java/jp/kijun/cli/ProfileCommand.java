package jp.kijun.cli;

import picocli.CommandLine.Command;

/** {@code kijun profile}. */
@Command(name = "profile",
        mixinStandardHelpOptions = true,
        description = {"プロファイル（分野・組織ごとの選択・区分・パラメータ）を表示します。",
                "Shows profiles: which controls a sector or an organisation selects (every deselection with its",
                "reason), the tiers it changes and the parameter values it sets.", ""},
        subcommands = {ProfileShowCommand.class})
final class ProfileCommand implements Runnable {

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new picocli.CommandLine.ParameterException(spec.commandLine(), "a subcommand is required: show");
    }
}
