package jp.kijun.facts.model;

import java.util.Collection;
import java.util.List;
import java.util.Objects;

/** The authentication methods an information system requires at logon and over the network. */
public record Authentication(List<String> methods, List<String> networkLevel) {

    public Authentication {
        methods = methods == null ? List.of() : List.copyOf(methods);
        networkLevel = networkLevel == null ? List.of() : List.copyOf(networkLevel);
    }

    /** The number of distinct factors (knowledge, possession, inherence) among {@link #methods()}. */
    public int factorCount() {
        return distinctFactors(methods);
    }

    /** The number of distinct factors among {@link #networkLevel()}. */
    public int networkLevelFactorCount() {
        return distinctFactors(networkLevel);
    }

    /** Whether no method is required at logon: the list is empty or holds only {@code none}. */
    public boolean hasNoAuthentication() {
        return methods.stream().allMatch("none"::equals);
    }

    /**
     * The factor a method code belongs to — {@code knowledge}, {@code possession} or {@code inherence} — or null
     * for {@code none} and unknown codes.
     */
    public static String factorOf(String method) {
        if (method == null) {
            return null;
        }
        return switch (method) {
            case "password", "pin" -> "knowledge";
            case "otp", "hardwareToken", "smartCard", "clientCertificate" -> "possession";
            case "biometric" -> "inherence";
            default -> null;
        };
    }

    private static int distinctFactors(Collection<String> codes) {
        return (int) codes.stream().map(Authentication::factorOf).filter(Objects::nonNull).distinct().count();
    }

    /** Whether a password is among the methods required at logon or over the network. */
    public boolean usesPasswords() {
        return methods.contains("password") || networkLevel.contains("password");
    }

    /** Whether a knowledge factor (password or PIN) is among the methods required at logon or over the network. */
    public boolean usesKnowledgeFactor() {
        return usesPasswords() || methods.contains("pin") || networkLevel.contains("pin");
    }

    /** Whether network-level methods are recorded and they are only {@code none}: connecting needs no authentication. */
    public boolean allowsUnauthenticatedNetworkAccess() {
        return !networkLevel.isEmpty() && networkLevel.stream().allMatch("none"::equals);
    }
}
