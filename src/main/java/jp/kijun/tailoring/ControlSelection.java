package jp.kijun.tailoring;

import jp.kijun.catalog.Tier;

/**
 * What a resolved profile says of one control.
 *
 * @param selected       whether the control applies
 * @param reason         why it was deselected (or selected again), or {@code null} when no profile said
 * @param selectedBy     the profile that decided the selection ({@code baseline} when none did)
 * @param tier           the effective tier
 * @param guidelineTier  the tier the guideline gives
 * @param tierReason     why the tier was changed, or {@code null}
 * @param tierChangedBy  the profile that changed it, or {@code null}
 */
public record ControlSelection(String id, boolean selected, String reason, String selectedBy, Tier tier,
                               Tier guidelineTier, String tierReason, String tierChangedBy) {
}
