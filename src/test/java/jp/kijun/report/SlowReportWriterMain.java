package jp.kijun.report;

import jp.kijun.catalog.Language;
import jp.kijun.engine.Evaluation;

import java.io.IOException;
import java.io.StringWriter;
import java.io.Writer;
import java.nio.file.Path;

/**
 * A child process for {@link InterruptedWriteTest}: evaluates the report fixture's facts and writes the JSON report
 * to {@code args[0]} through {@link ReportFiles}, stopping half-way — it says so on standard output — until it is
 * killed.
 */
public final class SlowReportWriterMain {

    static final String HALF_WRITTEN = "half of the report written";

    private SlowReportWriterMain() {
    }

    public static void main(String[] args) throws IOException {
        Evaluation evaluation = ReportFixture.evaluation();
        ReportFiles.write(Path.of(args[0]), new HalfThenWait(), evaluation, ReportFixture.context(Language.JA));
    }

    /** The JSON report, of which the first half reaches the file before the writer waits to be killed. */
    private static final class HalfThenWait implements Report {

        @Override
        public String format() {
            return "json";
        }

        @Override
        public void write(Evaluation evaluation, ReportContext context, Writer out) throws IOException {
            StringWriter whole = new StringWriter();
            new JsonReport().write(evaluation, context, whole);
            String text = whole.toString();
            out.write(text, 0, text.length() / 2);
            out.flush();
            System.out.println(HALF_WRITTEN);
            System.out.flush();
            try {
                Thread.sleep(120_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            out.write(text, text.length() / 2, text.length() - text.length() / 2);
        }
    }
}
