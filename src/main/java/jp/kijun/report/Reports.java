package jp.kijun.report;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * The output formats kijun can write. A report is made only when asked for: a run that prints the console
 * report never builds the JSON mapper, the SARIF rules or the HTML templates.
 */
public final class Reports {

    private static final Map<String, Supplier<Report>> ALL = new LinkedHashMap<>();

    static {
        ALL.put("console", ConsoleReport::new);
        ALL.put("json", JsonReport::new);
        ALL.put("sarif", SarifReport::new);
        ALL.put("junit", JunitReport::new);
        ALL.put("html", HtmlReport::new);
        ALL.put("markdown", MarkdownReport::new);
    }

    private Reports() {
    }

    /** The report of a format (its {@link Report#format()}), made anew. */
    public static Optional<Report> named(String format) {
        return Optional.ofNullable(ALL.get(format)).map(Supplier::get);
    }

    /** Format names, for help texts and error messages. */
    public static List<String> names() {
        return List.copyOf(ALL.keySet());
    }
}
