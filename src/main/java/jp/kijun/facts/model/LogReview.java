package jp.kijun.facts.model;

import java.time.LocalDate;
import java.util.List;

import jp.kijun.facts.Entity;

/** A record of inspecting, analysing and reporting on the audit trails of some log sources. */
public record LogReview(
        String id,
        List<String> sources,
        LocalDate performedOn,
        String reviewer,
        Integer findings,
        String reportedTo) implements Entity {

    public LogReview {
        sources = sources == null ? List.of() : List.copyOf(sources);
    }
}
