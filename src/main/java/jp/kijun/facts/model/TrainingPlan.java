package jp.kijun.facts.model;

import java.time.LocalDate;
import java.util.List;
import jp.kijun.facts.Entity;
import jp.kijun.facts.FactLabels;

/** An information security training plan with its period, audiences, topics and approval. */
public record TrainingPlan(
        String id,
        String title,
        LocalDate periodFrom,
        LocalDate periodTo,
        String approvedBy,
        LocalDate approvedOn,
        List<String> audiences,
        List<String> topics) implements Entity {

    public TrainingPlan {
        audiences = audiences == null ? List.of() : List.copyOf(audiences);
        topics = topics == null ? List.of() : List.copyOf(topics);
    }

    /** Whether {@code date} falls within the plan period, both ends included. */
    public boolean covers(LocalDate date) {
        return !date.isBefore(periodFrom) && !date.isAfter(periodTo);
    }

    /** The schema's label of an audience code in {@code language} ({@code ja} or {@code en}); the code if unknown. */
    public static String audienceTitle(String audience, String language) {
        return FactLabels.title("audience", audience, language);
    }
}
