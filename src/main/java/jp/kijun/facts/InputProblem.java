package jp.kijun.facts;

/**
 * One problem with an input file, reported on one line: where, and what was expected.
 */
public record InputProblem(Source source, String message) implements Comparable<InputProblem> {

    @Override
    public String toString() {
        return source + ": " + message;
    }

    @Override
    public int compareTo(InputProblem other) {
        int byFile = source.file().compareTo(other.source.file());
        if (byFile != 0) {
            return byFile;
        }
        int byLine = Integer.compare(source.line(), other.source.line());
        return byLine != 0 ? byLine : Integer.compare(source.column(), other.source.column());
    }
}
