package jp.kijun.tailoring;

import jp.kijun.catalog.Tier;
import jp.kijun.facts.Source;

/** A profile's change of tier for a measure, group or item, with its reason. */
public record TierChange(String id, Tier tier, String reason, Source source) {

    public boolean covers(String control) {
        return control.equals(id) || control.startsWith(id + "-");
    }

    public int depth() {
        return (int) id.chars().filter(c -> c == '-').count();
    }
}
