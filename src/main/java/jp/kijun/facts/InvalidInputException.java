package jp.kijun.facts;

import java.util.List;
import java.util.stream.Collectors;

/** Thrown when input files have problems; carries every problem found, sorted by location. */
public final class InvalidInputException extends Exception {

    private final transient List<InputProblem> problems;

    public InvalidInputException(List<InputProblem> problems) {
        super(problems.stream().sorted().map(InputProblem::toString).collect(Collectors.joining("\n")));
        this.problems = problems.stream().sorted().toList();
    }

    public InvalidInputException(InputProblem problem) {
        this(List.of(problem));
    }

    public List<InputProblem> problems() {
        return problems;
    }
}
