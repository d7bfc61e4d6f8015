package jp.kijun.engine;

import jp.kijun.catalog.Item;
import jp.kijun.catalog.Measure;

import java.util.List;

/** The outcome of one catalog control, with the reasons behind it. */
public record ControlResult(Item item, Measure measure, Outcome outcome, List<Reason> reasons) {

    public ControlResult {
        reasons = List.copyOf(reasons);
    }

    public String id() {
        return item.id();
    }
}
