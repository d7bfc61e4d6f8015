package jp.kijun.facts.model;

/** How identity is verified, and under which procedure, when an information system's credentials are reset. */
public record CredentialRecovery(String identityVerification, String procedure) {
}
