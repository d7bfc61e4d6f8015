package jp.kijun.facts;

import java.io.IOException;

/**
 * An {@link InputLimits input limit} was reached while a file streamed in: reading stops at once, with the one
 * problem that says which limit and how to raise it. An {@link IOException}, so that it leaves the parser's loop.
 */
final class LimitReachedException extends IOException {

    private final transient InputProblem problem;

    LimitReachedException(InputProblem problem) {
        super(problem.message());
        this.problem = problem;
    }

    InputProblem problem() {
        return problem;
    }
}
