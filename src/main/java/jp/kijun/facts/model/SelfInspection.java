package jp.kijun.facts.model;

import java.time.LocalDate;
import jp.kijun.facts.Entity;

/** A self-inspection of the security measures, with its scope, findings and to whom it was reported. */
public record SelfInspection(
        String id,
        LocalDate performedOn,
        String scope,
        String performedBy,
        String checklist,
        Integer findings,
        String reportedTo) implements Entity {
}
