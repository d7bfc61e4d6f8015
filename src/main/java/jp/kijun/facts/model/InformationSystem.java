package jp.kijun.facts.model;

import java.util.List;

import jp.kijun.facts.Entity;
import jp.kijun.facts.FactLabels;

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

    /** Whether the system requires some authentication at logon (its authentication settings name a method). */
    public boolean requiresAuthentication() {
        return authentication != null && !authentication.hasNoAuthentication();
    }

    /** Whether the system authenticates with passwords, at logon or over the network. */
    public boolean usesPasswords() {
        return authentication != null && authentication.usesPasswords();
    }

    /** Whether the system authenticates with something the user knows (a password or a PIN). */
    public boolean usesKnowledgeFactor() {
        return authentication != null && authentication.usesKnowledgeFactor();
    }

    /** The Japanese label of the criticality (高, 中, 低), as the schema gives it. */
    public String criticalityJa() {
        return criticalityJa(criticality);
    }

    /** The Japanese label of a criticality code (高, 中, 低), as the schema gives it; unknown codes as they are. */
    public static String criticalityJa(String code) {
        return FactLabels.ja("informationSystem.criticality", code);
    }

    /** The Japanese labels of some criticality codes, joined with 、 (e.g. 高、中). */
    public static String criticalitiesJa(List<String> codes) {
        return FactLabels.ja("informationSystem.criticality", codes);
    }
}
