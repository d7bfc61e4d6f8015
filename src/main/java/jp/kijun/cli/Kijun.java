package jp.kijun.cli;

import picocli.CommandLine;

import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import picocli.CommandLine.Command;

/**
 * {@code kijun}: policy-as-code for NISC's 安全基準等策定指針 対策編.
 */
@Command(name = "kijun",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        sortOptions = false,
        description = {
                "kijun（基準）: 重要インフラの「安全基準等策定指針 対策編」を規則として評価します。",
                "Evaluates an organisation's facts against NISC's guideline for critical-infrastructure security "
                        + "standards (安全基準等策定指針 対策編).",
                ""},
        subcommands = {EvaluateCommand.class, DiffCommand.class, TestCommand.class, CatalogCommand.class, ProfileCommand.class,
                ParamsCommand.class, SchemaCommand.class, InitCommand.class, NewCommand.class, DocsCommand.class,
                GenerateCommand.class,
                CommandLine.HelpCommand.class},
        footer = {"",
                "Exit codes: 0 evaluated and the gate passed; 1 evaluated and the gate failed;",
                "            2 usage or input error; 3 internal or rule error.",
                "Start with:  kijun evaluate examples/aoba-power --as-of 2026-04-01"})
public final class Kijun implements Runnable {

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    public static void main(String[] args) {
        System.exit(run(args));
    }

    /** Runs kijun with {@code args} on standard output and error (UTF-8) and returns the exit code. */
    public static int run(String... args) {
        return run(utf8(System.out), utf8(System.err), args);
    }

    /** Runs kijun with {@code args}, writing to {@code out} and {@code err}, and returns the exit code. */
    public static int run(PrintWriter out, PrintWriter err, String... args) {
        return run(CommandLine.defaultFactory(), out, err, args);
    }

    /** Runs kijun with its commands created by {@code factory}: how tests give {@code evaluate} other rules. */
    static int run(CommandLine.IFactory factory, PrintWriter out, PrintWriter err, String... args) {
        CommandLine commandLine = ExitCodes.configure(new CommandLine(new Kijun(), factory));
        commandLine.setOut(out);
        commandLine.setErr(err);
        try {
            return commandLine.execute(args);
        } finally {
            out.flush();
            err.flush();
        }
    }

    private static PrintWriter utf8(PrintStream stream) {
        return new PrintWriter(new OutputStreamWriter(stream, StandardCharsets.UTF_8), true);
    }

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "a command is required, one of: "
                + String.join(", ", spec.subcommands().keySet()) + " (kijun COMMAND --help for each)");
    }
}
