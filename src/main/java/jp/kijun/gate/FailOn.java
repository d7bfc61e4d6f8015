package jp.kijun.gate;

import jp.kijun.catalog.Tier;

import java.util.Locale;

/** Which failed controls make the gate fail: those of tier 要検討事項, of either tier, or none. */
public enum FailOn {
    /** Fail on failed controls of tier 要検討事項 (consider); the default. */
    CONSIDER,
    /** Fail on failed controls of either tier. */
    REFERENCE,
    /** Never fail on findings; only input and internal errors change the exit code. */
    NONE;

    boolean gates(Tier tier) {
        return switch (this) {
            case CONSIDER -> tier == Tier.CONSIDER;
            case REFERENCE -> true;
            case NONE -> false;
        };
    }

    public static FailOn of(String code) {
        return valueOf(code.toUpperCase(Locale.ROOT));
    }
}
