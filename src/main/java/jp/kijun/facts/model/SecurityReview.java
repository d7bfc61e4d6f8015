package jp.kijun.facts.model;

import java.time.LocalDate;
import java.util.List;
import jp.kijun.facts.Entity;

/** A review of the security measures, the inspections and audits it considered, its decisions and the documents it revised. */
public record SecurityReview(
        String id,
        LocalDate heldOn,
        String chair,
        List<String> selfInspections,
        List<String> internalAudits,
        List<String> decisions,
        List<String> revisedDocuments) implements Entity {

    public SecurityReview {
        selfInspections = selfInspections == null ? List.of() : List.copyOf(selfInspections);
        internalAudits = internalAudits == null ? List.of() : List.copyOf(internalAudits);
        decisions = decisions == null ? List.of() : List.copyOf(decisions);
        revisedDocuments = revisedDocuments == null ? List.of() : List.copyOf(revisedDocuments);
    }

    /** Whether the review took up the results of at least one self-inspection or internal audit. */
    public boolean considersResults() {
        return !selfInspections.isEmpty() || !internalAudits.isEmpty();
    }

    /** Whether the review was held after {@code day}. */
    public boolean heldAfter(LocalDate day) {
        return day != null && heldOn.isAfter(day);
    }
}
