package jp.kijun.facts.model;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

import jp.kijun.facts.Entity;

/** A detected misuse of an account and the date its authentication was suspended. */
public record MisuseEvent(
        String id,
        String account,
        LocalDate detectedOn,
        LocalDate suspendedOn,
        String description) implements Entity {

    /** Whole days from detection to suspension (0 when suspended the same day); null while not suspended. */
    public Long daysToSuspension() {
        return suspendedOn == null ? null : ChronoUnit.DAYS.between(detectedOn, suspendedOn);
    }
}
