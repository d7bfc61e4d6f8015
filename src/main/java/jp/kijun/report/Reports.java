package jp.kijun.report;

import java.util.List;
import java.util.Optional;

/** The output formats kijun can write. */
public final class Reports {

    private static final List<Report> ALL = List.of(new ConsoleReport(), new JsonReport(), new SarifReport(),
            new JunitReport(), new HtmlReport(), new MarkdownReport());

    private Reports() {
    }

    public static Optional<Report> named(String format) {
        return ALL.stream().filter(report -> report.format().equals(format)).findFirst();
    }

    /** Format names, for help texts and error messages. */
    public static List<String> names() {
        return ALL.stream().map(Report::format).toList();
    }
}
