package jp.kijun.facts;

/**
 * Where a fact or a problem comes from: a file and a 1-based line and column.
 *
 * @param file   the path as the user gave it (relative stays relative)
 * @param line   1-based line, or 0 when unknown
 * @param column 1-based column, or 0 when unknown
 */
public record Source(String file, int line, int column) {

    public static Source ofFile(String file) {
        return new Source(file, 0, 0);
    }

    /** {@code file:line:column}, leaving out what is unknown. */
    @Override
    public String toString() {
        if (line <= 0) {
            return file;
        }
        return column <= 0 ? file + ":" + line : file + ":" + line + ":" + column;
    }

    /** {@code file:line}, the form reports cite. */
    public String fileAndLine() {
        return line <= 0 ? file : file + ":" + line;
    }
}
