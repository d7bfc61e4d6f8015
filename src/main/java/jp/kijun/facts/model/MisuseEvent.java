package jp.kijun.facts.model;

import java.time.LocalDate;

import jp.kijun.facts.Entity;

/** A detected misuse of an account and the date its authentication was suspended. */
public record MisuseEvent(
        String id,
        String account,
        LocalDate detectedOn,
        LocalDate suspendedOn,
        String description) implements Entity {
}
