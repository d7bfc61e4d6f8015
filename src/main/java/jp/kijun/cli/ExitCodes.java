package jp.kijun.cli;

import jp.kijun.engine.EmptyRuleBaseException;
import jp.kijun.engine.RuleFailureException;
import jp.kijun.facts.InputProblem;
import jp.kijun.facts.InvalidInputException;
import picocli.CommandLine;

import java.io.PrintWriter;
import java.util.List;

/**
 * Maps what can go wrong to kijun's exit codes and prints one clear line per problem — never a stack trace
 * unless {@code --debug} is given.
 */
final class ExitCodes {

    static final int USAGE_OR_INPUT = 2;
    static final int INTERNAL = 3;
    /** A generated file can be wrong ten thousand times over; a log of the first problems is what helps. */
    static final int MAX_PROBLEM_LINES = 200;

    private ExitCodes() {
    }

    static CommandLine configure(CommandLine commandLine) {
        commandLine.setCaseInsensitiveEnumValuesAllowed(true);
        commandLine.registerConverter(java.time.LocalDate.class, ExitCodes::isoDate);
        commandLine.setParameterExceptionHandler(ExitCodes::usageError);
        commandLine.setExecutionExceptionHandler(ExitCodes::executionError);
        return commandLine;
    }

    /** A date option: one clear line for anything but an ISO date, never the parser's exception. */
    static java.time.LocalDate isoDate(String value) {
        try {
            return java.time.LocalDate.parse(value);
        } catch (java.time.format.DateTimeParseException e) {
            throw new CommandLine.TypeConversionException("expected a date as year-month-day, such as 2026-04-01; got '"
                    + value + "'");
        }
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
            List<InputProblem> problems = invalid.problems();
            problems.stream().limit(MAX_PROBLEM_LINES).forEach(err::println);
            if (problems.size() > MAX_PROBLEM_LINES) {
                err.println("kijun: the first " + MAX_PROBLEM_LINES + " problems are shown; " + (problems.size()
                        - MAX_PROBLEM_LINES) + " more are not");
            }
            err.println("kijun: " + problems.size() + (problems.size() == 1 ? " problem" : " problems")
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
