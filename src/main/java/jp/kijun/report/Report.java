package jp.kijun.report;

import jp.kijun.engine.Evaluation;

import java.io.IOException;
import java.io.Writer;

/** One output format of an evaluation. Each format is one class behind this interface. */
public interface Report {

    /** The name used with {@code --format} and {@code -o FORMAT=PATH}. */
    String format();

    /** Writes the report; the same evaluation and context always give the same bytes. */
    void write(Evaluation evaluation, ReportContext context, Writer out) throws IOException;
}
