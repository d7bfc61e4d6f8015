package jp.kijun.catalog;

import java.util.Locale;

/** The two languages kijun speaks: Japanese first, English beside it. */
public enum Language {
    JA, EN;

    /** Parses {@code ja} or {@code en}, case-insensitively. */
    public static Language of(String code) {
        return valueOf(code.toUpperCase(Locale.ROOT));
    }

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }
}
