package jp.kijun.facts.model;

import java.time.LocalDate;

import jp.kijun.facts.Entity;

/** A user account on an information system, with its kind, status and approval. */
public record Account(
        String id,
        String system,
        String username,
        String kind,
        String owner,
        Boolean privileged,
        String status,
        LocalDate createdOn,
        String approvedBy,
        LocalDate approvedOn,
        LocalDate lastUsedOn,
        String exceptionApproval) implements Entity {

    /** Whether the account's status is {@code active}. */
    public boolean isActive() {
        return "active".equals(status);
    }

    /** Whether the account holds administrative privileges; absent means false (the schema default). */
    public boolean isPrivilegedAccount() {
        return Boolean.TRUE.equals(privileged);
    }

    /** Whether the account's kind is {@code shared}. */
    public boolean isShared() {
        return "shared".equals(kind);
    }

    /** Whether the account's kind is {@code emergency} (break-glass), which is rarely used by design. */
    public boolean isEmergency() {
        return "emergency".equals(kind);
    }

    /** Whether the account was approved by the very person who owns it. */
    public boolean isSelfApproved() {
        return approvedBy != null && approvedBy.equals(owner);
    }

    /** Whether both dates are recorded and the account was created before it was approved. */
    public boolean isIssuedBeforeApproval() {
        return createdOn != null && approvedOn != null && createdOn.isBefore(approvedOn);
    }

    /** The last day the account is known to have been used: its last use, else its creation; null if neither. */
    public LocalDate lastActivityOn() {
        return lastUsedOn != null ? lastUsedOn : createdOn;
    }
}
