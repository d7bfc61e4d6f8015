package jp.kijun.engine;

import jp.kijun.facts.Source;

import java.time.LocalDate;

/**
 * A waiver in force that hides a control's verdict: who approved it, why, until when, and the verdict it hides.
 *
 * @param id            the waiver's id
 * @param hidden        the outcome the rules decided
 * @param justification why the risk is accepted
 * @param approver      who approved it
 * @param approverRole  in what role
 * @param reference     ticket or document, or {@code null}
 * @param grantedOn     from when it applies
 * @param expiresOn     until when it applies (inclusive)
 * @param source        where the waiver is written
 */
public record AppliedWaiver(String id, Outcome hidden, String justification, String approver, String approverRole,
                            String reference, LocalDate grantedOn, LocalDate expiresOn, Source source) {
}
