package jp.kijun.facts.model;

import jp.kijun.facts.Entity;

/** An information system with its criticality and the settings of its security functions. */
public record InformationSystem(
        String id,
        String name,
        String criticality,
        Authentication authentication,
        Lockout lockout,
        String credentialPolicy,
        AccessControl accessControl,
        CredentialRecovery credentialRecovery,
        Availability availability) implements Entity {

    /** Whether the organisation rates the system's criticality as {@code high}. */
    public boolean isHighCriticality() {
        return "high".equals(criticality);
    }
}
