package jp.kijun.facts.model;

import java.time.LocalDate;
import jp.kijun.facts.Entity;

/** A training session held, with its audience, attendance and where its record is kept. */
public record TrainingSession(
        String id,
        String plan,
        String title,
        LocalDate heldOn,
        String audience,
        Integer invited,
        Integer attended,
        String recordLocation,
        LocalDate recordedOn) implements Entity {
}
