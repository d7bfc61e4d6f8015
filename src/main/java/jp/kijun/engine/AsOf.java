package jp.kijun.engine;

import jp.kijun.facts.RecordedDate;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/**
 * The date an evaluation is made on ({@code --as-of}), inserted as a fact so that rules never read the clock
 * and a report can be reproduced.
 *
 * <p>Dates in the facts are {@link RecordedDate}s, which may be recorded only to the month or the year: every
 * comparison here takes the reading that does not favour a pass — a day that must have been reached is read at its
 * latest, a day that must be recent at its earliest.
 */
public record AsOf(LocalDate date) {

    /** True when {@code day} is certainly on or before the evaluation date and no more than {@code months} before it. */
    public boolean withinMonths(RecordedDate day, long months) {
        return reached(day) && !day.earliest().isBefore(date.minusMonths(months));
    }

    /** True when {@code day} is certainly on or before the evaluation date and no more than {@code days} before it. */
    public boolean withinDays(RecordedDate day, long days) {
        return reached(day) && !day.earliest().isBefore(date.minusDays(days));
    }

    /** Whole days from {@code day} to the evaluation date, the most the record allows (negative when it is later). */
    public long daysSince(RecordedDate day) {
        return ChronoUnit.DAYS.between(day.earliest(), date);
    }

    /** True when {@code day} is given and certainly falls on or before the evaluation date. */
    public boolean reached(RecordedDate day) {
        return day != null && !day.latest().isAfter(date);
    }

    /** True when {@code day} is given and certainly falls on or after the evaluation date (a validity that has not ended). */
    public boolean notPast(RecordedDate day) {
        return day != null && !day.earliest().isBefore(date);
    }

    /** True when {@code day} is given and falls at least {@code months} after the evaluation date, by its earliest reading. */
    public boolean atLeastMonthsAhead(RecordedDate day, long months) {
        return day != null && !day.earliest().isBefore(date.plusMonths(months));
    }

    /** The evaluation date as a recorded date, for helpers that compare recorded dates. */
    public RecordedDate recorded() {
        return RecordedDate.of(date);
    }
}
