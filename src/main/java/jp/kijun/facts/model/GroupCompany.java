package jp.kijun.facts.model;

import jp.kijun.facts.Entity;

/** A group company and its relationship to the organisation. */
public record GroupCompany(
        String id,
        String name,
        String relationship) implements Entity {
}
