package jp.kijun.report;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A fragment of HTML kept as a resource under {@code kijun/report/html/}, with {@code {{name}}} placeholders.
 * Values are HTML-escaped unless they are {@link Html} (markup that this package built, itself from escaped
 * parts), so that text from facts or the catalog can never become markup. Every placeholder must get a value
 * and every value must have a placeholder, so a template and its caller cannot drift apart silently.
 */
final class HtmlTemplate {

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\{([a-zA-Z][a-zA-Z0-9]*)}}");
    private static final String FOLDER = "kijun/report/html/";

    /** Markup that is inserted as it is. Build it only from {@link #escape(String) escaped} text. */
    record Html(String markup) {

        static final Html EMPTY = new Html("");

        @Override
        public String toString() {
            return markup;
        }
    }

    private final String name;
    private final String text;

    private HtmlTemplate(String name, String text) {
        this.name = name;
        this.text = text;
    }

    /** The template {@code kijun/report/html/NAME} from the class path. */
    static HtmlTemplate load(String name) {
        return new HtmlTemplate(name, resource(name));
    }

    /** A resource of the HTML report (a template, the style sheet, the script) as text. */
    static String resource(String name) {
        try (InputStream in = HtmlTemplate.class.getClassLoader().getResourceAsStream(FOLDER + name)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + FOLDER + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Fills the placeholders: {@link Html} values as they are, anything else escaped. */
    Html render(Map<String, ?> values) {
        Matcher matcher = PLACEHOLDER.matcher(text);
        StringBuilder out = new StringBuilder(text.length() + 256);
        java.util.Set<String> used = new java.util.HashSet<>();
        while (matcher.find()) {
            String key = matcher.group(1);
            if (!values.containsKey(key)) {
                throw new IllegalStateException(name + ": no value for {{" + key + "}}");
            }
            used.add(key);
            Object value = values.get(key);
            String replacement = value instanceof Html html ? html.markup() : escape(String.valueOf(value));
            matcher.appendReplacement(out, Matcher.quoteReplacement(replacement));
        }
        matcher.appendTail(out);
        if (!used.containsAll(values.keySet())) {
            throw new IllegalStateException(name + ": values without a placeholder: "
                    + values.keySet().stream().filter(key -> !used.contains(key)).sorted().toList());
        }
        return new Html(out.toString());
    }

    /** Escapes text for element content and quoted attribute values. */
    static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }
}
