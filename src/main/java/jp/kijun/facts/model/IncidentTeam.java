package jp.kijun.facts.model;

import java.time.LocalDate;
import java.util.List;
import jp.kijun.facts.Entity;
import jp.kijun.facts.FactLabels;

/** A team that responds to IT failures, with its lead, members and availability. */
public record IncidentTeam(
        String id,
        String name,
        String lead,
        List<String> members,
        LocalDate establishedOn,
        String availability) implements Entity {

    public IncidentTeam {
        members = members == null ? List.of() : List.copyOf(members);
    }

    /** The schema's labels of availability codes in {@code language} ({@code ja} or {@code en}), joined by 、 or ", ". */
    public static String availabilityTitles(List<String> availabilities, String language) {
        return FactLabels.titles("incidentTeam.availability", availabilities, language);
    }
}
