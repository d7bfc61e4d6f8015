package jp.kijun.facts.model;

import jp.kijun.facts.Entity;

/** A department of the organisation and the department it belongs to. */
public record Department(
        String id,
        String name,
        String parent) implements Entity {
}
