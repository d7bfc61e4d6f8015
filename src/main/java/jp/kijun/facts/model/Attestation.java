package jp.kijun.facts.model;

import java.time.LocalDate;
import jp.kijun.facts.Entity;

/** A signed, dated statement by a responsible person about a control that cannot be observed. */
public record Attestation(
        String id,
        String control,
        String statement,
        String attestedBy,
        String role,
        LocalDate attestedOn,
        LocalDate validUntil,
        String evidence) implements Entity {

    /** Whether the attestation holds on {@code date}: on or after the day it was made and not after it expires. */
    public boolean isValidOn(LocalDate date) {
        return !date.isBefore(attestedOn) && !date.isAfter(validUntil);
    }
}
