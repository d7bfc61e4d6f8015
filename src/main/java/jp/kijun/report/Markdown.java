package jp.kijun.report;

import org.apache.commons.text.translate.CharSequenceTranslator;
import org.apache.commons.text.translate.LookupTranslator;

import java.util.LinkedHashMap;
import java.util.Map;

/** Text set into Markdown (the Markdown report, SARIF help): what CommonMark would read as markup is escaped. */
final class Markdown {

    private static final CharSequenceTranslator ESCAPE = new LookupTranslator(escapes());

    private Markdown() {
    }

    /** Plain text as one line of Markdown: line breaks become spaces, markup characters are escaped. */
    static String escape(String text) {
        return ESCAPE.translate(text.replaceAll("\\s*\\R\\s*", " "));
    }

    private static Map<CharSequence, CharSequence> escapes() {
        Map<CharSequence, CharSequence> escapes = new LinkedHashMap<>();
        for (char c : "\\`*_[]<>|~#!".toCharArray()) {
            escapes.put(String.valueOf(c), "\\" + c);
        }
        escapes.put("&", "&amp;");
        return escapes;
    }
}
