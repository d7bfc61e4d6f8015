package jp.kijun.gate;

import jp.kijun.facts.Source;

import java.time.LocalDate;
import java.util.List;

/**
 * An accepted risk: one control's verdict hidden between two dates, with a justification and an approver.
 *
 * @param scope ids of the facts it covers; empty when it covers the whole control
 */
public record Waiver(String id, String control, List<String> scope, String justification, String approver,
                     String approverRole, String reference, LocalDate grantedOn, LocalDate expiresOn, Source source) {

    public Waiver {
        scope = List.copyOf(scope);
    }
}
