package jp.kijun.tailoring;

import jp.kijun.facts.Source;

/**
 * One line of a profile that selects or deselects a measure, group or item.
 *
 * @param reason why; required for a deselection
 */
public record ProfileEntry(String id, String reason, Source source) {

    /** True when this entry covers {@code control}: the same id, or a measure or group that contains it. */
    public boolean covers(String control) {
        return control.equals(id) || control.startsWith(id + "-");
    }

    /** How specific the entry is: 0 for a measure, 1 for a group, 2 for an item. */
    public int depth() {
        return (int) id.chars().filter(c -> c == '-').count();
    }
}
