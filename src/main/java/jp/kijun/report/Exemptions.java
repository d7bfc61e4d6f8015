package jp.kijun.report;

import jp.kijun.catalog.Text;
import jp.kijun.engine.AppliedWaiver;
import jp.kijun.engine.ControlResult;
import jp.kijun.engine.Deselection;

import java.util.Optional;

/**
 * What hides a control's verdict, said the same way in every format: a profile's deselection with its reason, or a
 * waiver with the verdict it hides, who approved it, until when and why.
 */
public final class Exemptions {

    private Exemptions() {
    }

    public static Optional<Text> describe(ControlResult result) {
        if (result.waiver() != null) {
            return Optional.of(waiver(result.waiver()));
        }
        if (result.deselection() != null) {
            return Optional.of(deselection(result.deselection()));
        }
        return Optional.empty();
    }

    static Text waiver(AppliedWaiver waiver) {
        String reference = waiver.reference() == null ? "" : waiver.reference();
        return new Text(
                "免除 " + waiver.id() + "（本来の判定: " + waiver.hidden().label().ja() + "）— 承認: " + waiver.approver()
                        + "（" + waiver.approverRole() + "）、" + waiver.grantedOn() + "〜" + waiver.expiresOn()
                        + (reference.isEmpty() ? "" : "、参照 " + reference) + "。理由: " + waiver.justification()
                        + "（" + waiver.source().fileAndLine() + "）",
                "Waiver " + waiver.id() + " (hides " + waiver.hidden().label().en() + ") — approved by " + waiver.approver()
                        + " (" + waiver.approverRole() + "), " + waiver.grantedOn() + " to " + waiver.expiresOn()
                        + (reference.isEmpty() ? "" : ", reference " + reference) + ". Justification: "
                        + waiver.justification() + " (" + waiver.source().fileAndLine() + ")");
    }

    static Text deselection(Deselection deselection) {
        return new Text(
                "プロファイル「" + deselection.profile() + "」で除外（本来の判定: " + deselection.hidden().label().ja() + "）。理由: "
                        + deselection.reason(),
                "Deselected by profile " + deselection.profile() + " (hides " + deselection.hidden().label().en()
                        + "). Reason: " + deselection.reason());
    }
}
