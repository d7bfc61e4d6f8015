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
}
