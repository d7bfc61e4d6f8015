package jp.kijun.facts.model;

import java.time.LocalDate;
import jp.kijun.facts.Entity;

/** A staff population counted on a date, with how many received written terms and signed confidentiality agreements. */
public record StaffGroup(
        String id,
        String name,
        String employmentKind,
        int headcount,
        int writtenTermsIssued,
        int confidentialityAgreements,
        LocalDate countedOn) implements Entity {
}
