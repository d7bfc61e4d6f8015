package jp.kijun.facts.model;

import jp.kijun.facts.Entity;
import jp.kijun.facts.FactLabels;

/** A group company and its relationship to the organisation. */
public record GroupCompany(
        String id,
        String name,
        String relationship) implements Entity {

    /** The schema's label of its relationship in {@code language} ({@code ja} or {@code en}); empty if not recorded. */
    public String relationshipTitle(String language) {
        return FactLabels.title("groupCompany.relationship", relationship, language);
    }
}
