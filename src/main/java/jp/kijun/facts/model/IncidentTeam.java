package jp.kijun.facts.model;

import java.time.LocalDate;
import java.util.List;
import jp.kijun.facts.Entity;
import jp.kijun.facts.FactSchema;

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
        return String.join("ja".equals(language) ? "、" : ", ", availabilities.stream()
                .map(code -> FactSchema.shipped().definition("incidentTeam")
                        .map(type -> type.path("properties").path("availability").path("x-enum-titles").path(code)
                                .path(language).asText(code))
                        .orElse(code))
                .toList());
    }
}
