package jp.kijun.facts.model;

import java.time.LocalDate;
import jp.kijun.facts.Entity;
import jp.kijun.facts.FactLabels;

/** A staff population counted on a date, with how many received written terms and signed confidentiality agreements. */
public record StaffGroup(
        String id,
        String name,
        String employmentKind,
        int headcount,
        int writtenTermsIssued,
        int confidentialityAgreements,
        LocalDate countedOn) implements Entity {

    /** The schema's label of an employment kind code in {@code language} ({@code ja} or {@code en}); the code if unknown. */
    public static String employmentKindTitle(String employmentKind, String language) {
        return FactLabels.title("employmentKind", employmentKind, language);
    }
}
