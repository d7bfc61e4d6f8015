package jp.kijun.facts.model;

import java.time.LocalDate;
import java.util.List;
import jp.kijun.facts.Entity;

/** A document the organisation has issued, with its approval, effective and review dates and the clauses it contains. */
public record Document(
        String id,
        String kind,
        String title,
        String version,
        String approvedBy,
        LocalDate approvedOn,
        LocalDate effectiveFrom,
        LocalDate lastReviewedOn,
        List<Clause> clauses) implements Entity {

    public Document {
        clauses = clauses == null ? List.of() : List.copyOf(clauses);
    }

    /** The latest of its approval and review dates: when it was last confirmed as current; {@code null} if neither. */
    public LocalDate latestReview() {
        if (lastReviewedOn == null) {
            return approvedOn;
        }
        return approvedOn == null || lastReviewedOn.isAfter(approvedOn) ? lastReviewedOn : approvedOn;
    }

    /** Whether the document was approved: it names its approver and its approval date has been reached on {@code date}. */
    public boolean isApprovedOn(LocalDate date) {
        return approvedBy != null && approvedOn != null && !approvedOn.isAfter(date);
    }

    /** Whether the document has a clause on the given topic (a {@code clauseTopic} code such as {@code exceptions}). */
    public boolean hasClause(String topic) {
        return clauses.stream().anyMatch(clause -> clause.topic().equals(topic));
    }
}
