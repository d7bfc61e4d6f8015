package jp.kijun.facts.model;

import java.time.LocalDate;
import java.util.List;

import jp.kijun.facts.Entity;

/** A connection between two network zones: through what, in which direction, for what, and its rule reviews. */
public record ZoneConnection(
        String id,
        String from,
        String to,
        String via,
        String direction,
        String purpose,
        List<String> allowedServices,
        LocalDate rulesReviewedOn,
        String approvedBy) implements Entity {

    public ZoneConnection {
        allowedServices = allowedServices == null ? List.of() : List.copyOf(allowedServices);
    }

    /** True when the connection touches {@code zone} at either end. */
    public boolean touches(String zone) {
        return zone.equals(from) || zone.equals(to);
    }
}
