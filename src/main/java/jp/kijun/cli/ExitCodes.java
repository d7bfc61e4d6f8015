package jp.kijun.cli;

import jp.kijun.engine.EmptyRuleBaseException;
import jp.kijun.engine.RuleFailureException;
import jp.kijun.facts.InputProblem;
import jp.kijun.facts.InvalidInputException;
import picocli.CommandLine;

import java.io.PrintWriter;

/**
 * Maps what can go wrong to kijun's exit codes and prints one clear line per problem — never a stack trace
 * unless {@code --debug} is given.
 */
final class ExitCodes {

    static final int USAGE_OR_INPUT = 2;
    static final int INTERNAL = 3;

    private ExitCodes() {
    }

    static CommandLine configure(CommandLine commandLine) {
        commandLine.setCaseInsensitiveEnumValuesAllowed(true);
        commandLine.setParameterExceptionHandler(ExitCodes::usageError);
        commandLine.setExecutionExceptionHandler(ExitCodes::executionError);
        return commandLine;
    }

    private static int usageError(CommandLine.ParameterException e, String[] args) {
        PrintWriter err = e.getCommandLine().getErr();
        err.println("kijun: " + e.getMessage());
        CommandLine.UnmatchedArgumentException.printSuggestions(e, err);
        err.println("Try '" + e.getCommandLine().getCommandSpec().qualifiedName() + " --help' for usage.");
        err.flush();
        return USAGE_OR_INPUT;
    }

    private static int executionError(Exception e, CommandLine commandLine, CommandLine.ParseResult parseResult) {
        PrintWriter err = commandLine.getErr();
        boolean debug = parseResult.subcommand() != null && parseResult.subcommand().hasMatchedOption("--debug");
        int code;
        if (e instanceof InvalidInputException invalid) {
            for (InputProblem problem : invalid.problems()) {
                err.println(problem);
            }
            err.println("kijun: " + invalid.problems().size() + (invalid.problems().size() == 1 ? " problem" : " problems")
                    + " in the input; nothing was evaluated.");
            code = USAGE_OR_INPUT;
        } else if (e instanceof UsageException) {
            err.println("kijun: " + e.getMessage());
            code = USAGE_OR_INPUT;
        } else if (e instanceof EmptyRuleBaseException || e instanceof RuleFailureException) {
            err.println("kijun: " + e.getMessage());
            code = INTERNAL;
        } else {
            err.println("kijun: internal error: " + e + " (rerun with --debug for details, and please report it)");
            code = INTERNAL;
        }
        if (debug) {
            e.printStackTrace(err);
        }
        err.flush();
        return code;
    }
}
