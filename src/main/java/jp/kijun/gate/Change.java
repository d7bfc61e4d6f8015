package jp.kijun.gate;

import jp.kijun.catalog.Tier;
import jp.kijun.engine.Outcome;

/**
 * How one control changed between a baseline and now.
 *
 * @param before the outcome in the baseline, or {@code null} for a control the baseline does not know
 * @param after  the outcome now
 */
public record Change(String id, Tier tier, Outcome before, Outcome after) {

    public boolean isNew() {
        return before == null;
    }
}
