package jp.kijun.catalog;

import java.util.Locale;

/** How kijun decides an item. */
public enum Check {
    /** Decided by rules from facts about practice and configuration. */
    AUTOMATED,
    /** Decided from a signed, dated attestation because nothing observable exists. */
    ATTESTATION,
    /** Not encoded yet: always reported as not reviewed. */
    PLANNED;

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Check of(String code) {
        return valueOf(code.toUpperCase(Locale.ROOT));
    }
}
