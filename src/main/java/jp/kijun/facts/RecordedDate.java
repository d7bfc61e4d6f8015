package jp.kijun.facts;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A date as the records give it: a day ({@code 2026-04-01}), a month ({@code 2023-02}), a year ({@code 2021}) or a
 * Japanese fiscal year ({@code 2024年度} or {@code FY2024}, 1 April to 31 March). It stands for the days from
 * {@link #earliest()} to {@link #latest()}; a comparison takes the reading that does not favour a pass, and a message
 * says when the day was not recorded.
 *
 * @param text      the date as recorded, in its canonical spelling
 * @param earliest  the first day it can stand for
 * @param latest    the last day it can stand for
 * @param precision how precisely it was recorded
 */
@JsonDeserialize(using = RecordedDateDeserializer.class)
public record RecordedDate(String text, LocalDate earliest, LocalDate latest, Precision precision)
        implements Comparable<RecordedDate> {

    /** How precisely a date was recorded. */
    public enum Precision { DAY, MONTH, YEAR, FISCAL_YEAR }

    /** The forms accepted, for messages that reject a value. */
    public static final String FORMS = "a date as YYYY-MM-DD (2026-04-01), a month as YYYY-MM (2023-02), a year as YYYY "
            + "(2021) or a Japanese fiscal year as 2024年度 or FY2024";

    private static final Pattern MONTH = Pattern.compile("([0-9]{4})-([0-9]{2})");
    private static final Pattern YEAR = Pattern.compile("[0-9]{4}");
    private static final Pattern FISCAL_YEAR = Pattern.compile("(?:FY([0-9]{4})|([0-9]{4})年度)");

    /** A date recorded to the day. */
    public static RecordedDate of(LocalDate day) {
        return new RecordedDate(day.toString(), day, day, Precision.DAY);
    }

    /** The recorded date {@code text} stands for, or empty when it is none of the accepted {@link #FORMS}. */
    public static Optional<RecordedDate> parse(String text) {
        String value = text.strip();
        try {
            if (value.length() == 10) {
                return Optional.of(of(LocalDate.parse(value)));
            }
            Matcher month = MONTH.matcher(value);
            if (month.matches()) {
                YearMonth yearMonth = YearMonth.of(Integer.parseInt(month.group(1)), Integer.parseInt(month.group(2)));
                return Optional.of(new RecordedDate(value, yearMonth.atDay(1), yearMonth.atEndOfMonth(), Precision.MONTH));
            }
            if (YEAR.matcher(value).matches()) {
                return Optional.of(year(Integer.parseInt(value)));
            }
            Matcher fiscal = FISCAL_YEAR.matcher(value);
            if (fiscal.matches()) {
                int year = Integer.parseInt(fiscal.group(1) != null ? fiscal.group(1) : fiscal.group(2));
                return Optional.of(new RecordedDate(year + "年度", LocalDate.of(year, 4, 1), LocalDate.of(year + 1, 3, 31),
                        Precision.FISCAL_YEAR));
            }
        } catch (java.time.DateTimeException e) {
            return Optional.empty();
        }
        return Optional.empty();
    }

    /** A date recorded only to the year, as a bare {@code 2021} in YAML is. */
    public static RecordedDate year(int year) {
        return new RecordedDate(Integer.toString(year), LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31),
                Precision.YEAR);
    }

    /** Whether the day itself was recorded. */
    public boolean isExact() {
        return precision == Precision.DAY;
    }

    /**
     * The later of two recorded dates, for "when it was last done": the one whose earliest day is later (on a tie the
     * more precise), so that a check of "done within a period" never counts on days that may not have happened.
     * Either may be null.
     */
    public static RecordedDate later(RecordedDate a, RecordedDate b) {
        if (a == null) {
            return b;
        }
        if (b == null) {
            return a;
        }
        int order = a.compareTo(b);
        return order >= 0 ? a : b;
    }

    /** Orders by earliest day, then by precision (a day before the month it lies in). */
    @Override
    public int compareTo(RecordedDate other) {
        int byDay = earliest.compareTo(other.earliest);
        if (byDay != 0) {
            return byDay;
        }
        return other.latest.compareTo(latest);
    }

    /** The date as recorded, and in Japanese what was not recorded: {@code 2023-02（日は記録なし）}. */
    public String ja() {
        return switch (precision) {
            case DAY -> text;
            case MONTH -> text + "（日は記録なし）";
            case YEAR -> text + "年（月日は記録なし）";
            case FISCAL_YEAR -> text + "（" + earliest + "〜" + latest + "、日は記録なし）";
        };
    }

    /** The date as recorded, and in English what was not recorded: {@code 2023-02 (day not recorded)}. */
    public String en() {
        return switch (precision) {
            case DAY -> text;
            case MONTH -> text + " (day not recorded)";
            case YEAR -> text + " (month and day not recorded)";
            case FISCAL_YEAR -> "FY" + earliest.getYear() + " (" + earliest + " to " + latest + ", day not recorded)";
        };
    }

    @Override
    public String toString() {
        return text;
    }
}
