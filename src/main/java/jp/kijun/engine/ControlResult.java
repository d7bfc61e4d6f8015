package jp.kijun.engine;

import jp.kijun.catalog.Item;
import jp.kijun.catalog.Measure;
import jp.kijun.catalog.Tier;

import java.util.List;

/**
 * The outcome of one catalog control, with the reasons behind it.
 *
 * @param tier        the effective tier: the measure's, unless a profile changed it
 * @param deselection why a profile took the control out, or {@code null}
 * @param waiver      the waiver that hides its verdict, or {@code null}
 */
public record ControlResult(Item item, Measure measure, Tier tier, Outcome outcome, List<Reason> reasons,
                            Deselection deselection, AppliedWaiver waiver) {

    public ControlResult {
        reasons = List.copyOf(reasons);
    }

    /** A result as the rules decided it, before any tailoring. */
    public ControlResult(Item item, Measure measure, Outcome outcome, List<Reason> reasons) {
        this(item, measure, item.tier() != null ? item.tier() : measure.tier(), outcome, reasons, null, null);
    }

    public String id() {
        return item.id();
    }

    /** The outcome the rules decided, before a deselection or a waiver hid it. */
    public Outcome decidedOutcome() {
        if (waiver != null) {
            return waiver.hidden();
        }
        return deselection != null ? deselection.hidden() : outcome;
    }

    public ControlResult withTier(Tier changed) {
        return new ControlResult(item, measure, changed, outcome, reasons, deselection, waiver);
    }

    /** The control taken out by a profile: reported as not applicable, with the reason. */
    public ControlResult deselected(String profile, String reason) {
        return new ControlResult(item, measure, tier, Outcome.NOT_APPLICABLE, reasons,
                new Deselection(profile, reason, outcome), null);
    }

    /** The control's verdict hidden by a waiver in force. */
    public ControlResult waived(AppliedWaiver applied) {
        return new ControlResult(item, measure, tier, Outcome.WAIVED, reasons, deselection, applied);
    }
}
