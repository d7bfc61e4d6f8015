package jp.kijun.facts.model;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import jp.kijun.facts.Entity;

/** A committee on information security, its chair, members, meeting dates and charter. */
public record Committee(
        String id,
        String name,
        String chair,
        List<String> members,
        List<LocalDate> meetings,
        String charter) implements Entity {

    public Committee {
        members = members == null ? List.of() : List.copyOf(members);
        meetings = meetings == null ? List.of() : List.copyOf(meetings);
    }

    /** The date of the latest meeting, or {@code null} if no meeting is recorded. */
    public LocalDate lastMeeting() {
        return meetings.stream().max(Comparator.naturalOrder()).orElse(null);
    }
}
