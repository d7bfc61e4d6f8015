package jp.kijun.facts;

/**
 * One problem with an input file, reported on one line: where, and what was expected. A line break or other control
 * character in the message — quoted from the input, or from a parser that quotes the character it found — is
 * written as its code point ({@code U+000A}), so that the problem stays on its line.
 */
public record InputProblem(Source source, String message) implements Comparable<InputProblem> {

    public InputProblem {
        message = oneLine(message);
    }

    @Override
    public String toString() {
        return oneLine(source.toString()) + ": " + message;
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

    private static String oneLine(String text) {
        if (text == null || text.codePoints().noneMatch(InputProblem::breaksTheLine)) {
            return text;
        }
        StringBuilder line = new StringBuilder(text.length() + 8);
        text.codePoints().forEach(c -> {
            if (breaksTheLine(c)) {
                line.append(String.format("<U+%04X>", c));
            } else {
                line.appendCodePoint(c);
            }
        });
        return line.toString();
    }

    /** Control characters other than the tab, and the line and paragraph separators. */
    private static boolean breaksTheLine(int c) {
        return (Character.getType(c) == Character.CONTROL && c != '\t') || c == '\u2028' || c == '\u2029';
    }
}
