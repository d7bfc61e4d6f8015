package jp.kijun.facts.model;

import jp.kijun.facts.Entity;
import jp.kijun.facts.FactSchema;

/** A group company and its relationship to the organisation. */
public record GroupCompany(
        String id,
        String name,
        String relationship) implements Entity {

    /** The schema's label of its relationship in {@code language} ({@code ja} or {@code en}); empty if not recorded. */
    public String relationshipTitle(String language) {
        if (relationship == null) {
            return "";
        }
        return FactSchema.shipped().definition("groupCompany")
                .map(type -> type.path("properties").path("relationship").path("x-enum-titles").path(relationship)
                        .path(language).asText(relationship))
                .orElse(relationship);
    }
}
