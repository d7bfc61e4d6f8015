package jp.kijun.catalog.requirement;

import java.util.List;

/**
 * A governed document: an approved document of one of {@code kinds}, in force, approved or reviewed within the
 * review period, that provides for {@code topic} in a clause (cited by article).
 *
 * @param topic        the clause topic the document must provide for, or null when the kind alone is the requirement
 * @param kinds        the document kinds accepted; empty for any kind but {@code other}
 * @param reviewMonths the parameter that holds the review period in months, or {@code none} where the item asks for
 *                     the document to be established and in force but not for a periodic review (an employment rule)
 */
public record GovernedDocument(String control, int aspect, String topic, List<String> kinds, String reviewMonths)
        implements Requirement {

    public static final String TEMPLATE = "governedDocument";
    public static final String DEFAULT_REVIEW_MONTHS = "documentReviewMonths";
    /** What {@code reviewMonths} says for a document that needs no periodic review. */
    public static final String NO_REVIEW = "none";

    public GovernedDocument {
        kinds = kinds == null ? List.of() : List.copyOf(kinds);
        reviewMonths = reviewMonths == null ? DEFAULT_REVIEW_MONTHS : reviewMonths;
    }

    @Override
    public String template() {
        return TEMPLATE;
    }

    @Override
    public GovernedDocument scoped(String control, int aspect) {
        return new GovernedDocument(control, aspect, topic, kinds, reviewMonths);
    }

    @Override
    public List<String> sections() {
        return List.of("documents");
    }

    @Override
    public List<String> parameters() {
        return isReviewed() ? List.of(reviewMonths) : List.of();
    }

    /** Whether the document must have been approved or reviewed within a period. */
    public boolean isReviewed() {
        return !NO_REVIEW.equals(reviewMonths);
    }

    /** Whether a document of {@code kind} can serve: one of the kinds named, or any but {@code other} when none is. */
    public boolean accepts(String kind) {
        return kinds.isEmpty() ? kind != null && !"other".equals(kind) : kinds.contains(kind);
    }
}
