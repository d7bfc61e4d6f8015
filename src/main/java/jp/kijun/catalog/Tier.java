package jp.kijun.catalog;

import java.util.Locale;

/** How strongly the guideline asks for a measure: 【要検討事項】 or 【参考事項】. */
public enum Tier {
    /** 【要検討事項】: items to be considered; the default gate fails on these. */
    CONSIDER(new Text("要検討事項", "to be considered")),
    /** 【参考事項】: items for reference. */
    REFERENCE(new Text("参考事項", "for reference"));

    private final Text label;

    Tier(Text label) {
        this.label = label;
    }

    public Text label() {
        return label;
    }

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Tier of(String code) {
        return valueOf(code.toUpperCase(Locale.ROOT));
    }
}
