package jp.kijun.catalog.requirement;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A record per event: every event of {@code section} that matches {@code where} (and, with {@code sinceMonths},
 * happened within that many months of the evaluation date) has {@code record} recorded, within {@code withinDays} of the event where given.
 *
 * @param section     the fact section of the events, e.g. {@code disposals}
 * @param where       the events it is about: field path to the values accepted; empty for every event
 * @param date        the event's own date field (e.g. {@code disposedOn}), which the look-back window and, by default,
 *                    the deadline count from; null when neither is used
 * @param record      the field every such event must have recorded (a dotted path)
 * @param withinDays  a deadline between two dates of the event, or null
 * @param sinceMonths the parameter holding the look-back window in months, counted on {@code date}; null for every event
 */
public record RecordPerEvent(String control, int aspect, String section, Map<String, List<String>> where, String date,
                             String record, Deadline withinDays, String sinceMonths) implements Requirement {

    public static final String TEMPLATE = "recordPerEvent";

    /**
     * The longest the record may follow the event: from the date field {@code from} (the event's {@code date} when
     * not given) to the date field {@code to}, at most the days held by {@code parameter}.
     */
    public record Deadline(String from, String to, String parameter) {
    }

    public RecordPerEvent {
        where = where == null ? Map.of() : Map.copyOf(where);
    }

    /** The date field the deadline counts from. */
    public String deadlineFrom() {
        return withinDays == null ? null : withinDays.from() != null ? withinDays.from() : date;
    }

    @Override
    public String template() {
        return TEMPLATE;
    }

    @Override
    public RecordPerEvent scoped(String control, int aspect) {
        return new RecordPerEvent(control, aspect, section, where, date, record, withinDays, sinceMonths);
    }

    @Override
    public List<String> sections() {
        return List.of(section);
    }

    @Override
    public List<String> parameters() {
        List<String> names = new ArrayList<>();
        if (withinDays != null && withinDays.parameter() != null) {
            names.add(withinDays.parameter());
        }
        if (sinceMonths != null) {
            names.add(sinceMonths);
        }
        return names;
    }
}
