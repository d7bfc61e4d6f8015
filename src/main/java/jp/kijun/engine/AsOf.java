package jp.kijun.engine;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/**
 * The date an evaluation is made on ({@code --as-of}), inserted as a fact so that rules never read the clock
 * and a report can be reproduced.
 */
public record AsOf(LocalDate date) {

    /** True when {@code day} is on or before the evaluation date and no more than {@code months} before it. */
    public boolean withinMonths(LocalDate day, long months) {
        return day != null && !day.isAfter(date) && !day.isBefore(date.minusMonths(months));
    }

    /** True when {@code day} is on or before the evaluation date and no more than {@code days} before it. */
    public boolean withinDays(LocalDate day, long days) {
        return day != null && !day.isAfter(date) && !day.isBefore(date.minusDays(days));
    }

    /** Whole days from {@code day} to the evaluation date (negative when {@code day} is later). */
    public long daysSince(LocalDate day) {
        return ChronoUnit.DAYS.between(day, date);
    }

    /** True when {@code day} is given and falls on or before the evaluation date. */
    public boolean reached(LocalDate day) {
        return day != null && !day.isAfter(date);
    }
}
