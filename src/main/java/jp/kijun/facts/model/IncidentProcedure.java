package jp.kijun.facts.model;

import java.time.LocalDate;
import java.util.List;
import jp.kijun.facts.Entity;
import jp.kijun.facts.FactLabels;

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

    /** The schema's label of a threat code in {@code language} ({@code ja} or {@code en}); the code if unknown. */
    public static String threatTitle(String threat, String language) {
        return FactLabels.title("threat", threat, language);
    }
}
