package jp.kijun.facts.model;

import java.time.LocalDate;
import jp.kijun.facts.Entity;

/** A person named in the facts, with their department, employment kind and employment records. */
public record Person(
        String id,
        String name,
        String department,
        String jobTitle,
        String employmentKind,
        LocalDate joinedOn,
        LocalDate leftOn,
        LocalDate employmentTermsIssuedOn,
        LocalDate confidentialityAgreementOn) implements Entity {

    /**
     * Whether the person is on the staff on {@code asOf}: joined on or before it (an unknown joining date counts as
     * joined) and not left before it.
     */
    public boolean isCurrent(LocalDate asOf) {
        return (joinedOn == null || !joinedOn.isAfter(asOf)) && (leftOn == null || !leftOn.isBefore(asOf));
    }

    /** The name followed by the job title in brackets, for messages: 北条 和人（取締役 常務執行役員）. */
    public String nameAndTitle() {
        return jobTitle == null ? name : name + "（" + jobTitle + "）";
    }
}
