package jp.kijun.facts.model;

import java.util.List;

import jp.kijun.facts.Entity;

/** The events an information system records in its audit trail, their retention and where they are kept. */
public record LogSource(
        String id,
        String system,
        List<String> events,
        int retentionDays,
        String storage) implements Entity {

    public LogSource {
        events = events == null ? List.of() : List.copyOf(events);
    }

    /** Whether the source records the given event code (e.g. {@code logonFailure}). */
    public boolean records(String event) {
        return events.contains(event);
    }

    /** The events among {@code required} that the source does not record, in the order given. */
    public List<String> missingEvents(List<String> required) {
        return required.stream().filter(event -> !events.contains(event)).toList();
    }
}
