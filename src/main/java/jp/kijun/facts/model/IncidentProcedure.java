package jp.kijun.facts.model;

import java.time.LocalDate;
import java.util.List;
import jp.kijun.facts.Entity;

/** An IT-failure response procedure, the threats it covers and when it was approved and exercised. */
public record IncidentProcedure(
        String id,
        String title,
        String team,
        String document,
        LocalDate approvedOn,
        List<String> threats,
        LocalDate lastExercisedOn) implements Entity {

    public IncidentProcedure {
        threats = threats == null ? List.of() : List.copyOf(threats);
    }
}
