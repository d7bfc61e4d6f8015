package jp.kijun.facts.domain;

import jp.kijun.facts.FactLabels;
import jp.kijun.facts.RecordedDate;
import jp.kijun.facts.model.systems.AccessControl;
import jp.kijun.facts.model.systems.Account;
import jp.kijun.facts.model.systems.Authentication;
import jp.kijun.facts.model.systems.Availability;
import jp.kijun.facts.model.systems.InformationSystem;
import jp.kijun.facts.model.systems.LoadMonitoring;
import jp.kijun.facts.model.systems.Lockout;
import jp.kijun.facts.model.systems.LogSource;
import jp.kijun.facts.model.systems.MisuseEvent;
import jp.kijun.facts.model.systems.UserNotice;

import java.time.temporal.ChronoUnit;
import java.util.Collection;
import java.util.List;
import java.util.Objects;

/**
 * What rules ask of information systems and their security functions: authentication factors, access-control
 * restrictions, availability, accounts, audit-trail sources, notices to users.
 */
public final class Systems {

    private Systems() {
    }

    // information systems

    /** Whether the system requires some authentication at logon (its authentication settings name a method). */
    public static boolean requiresAuthentication(InformationSystem system) {
        return system.authentication() != null && !hasNoAuthentication(system.authentication());
    }

    /** Whether the system authenticates with passwords, at logon or over the network. */
    public static boolean usesPasswords(InformationSystem system) {
        return system.authentication() != null && usesPasswords(system.authentication());
    }

    /** Whether the system authenticates with something the user knows (a password or a PIN). */
    public static boolean usesKnowledgeFactor(InformationSystem system) {
        return system.authentication() != null && usesKnowledgeFactor(system.authentication());
    }

    /** The Japanese label of the system's criticality (高, 中, 低), as the schema gives it. */
    public static String criticalityJa(InformationSystem system) {
        return criticalityJa(system.criticality());
    }

    /** The Japanese label of a criticality code (高, 中, 低), as the schema gives it; unknown codes as they are. */
    public static String criticalityJa(String code) {
        return FactLabels.ja("informationSystem.criticality", code);
    }

    /** The Japanese labels of some criticality codes, joined with 、 (e.g. 高、中). */
    public static String criticalitiesJa(List<String> codes) {
        return FactLabels.ja("informationSystem.criticality", codes);
    }

    // authentication

    /** The number of distinct factors (knowledge, possession, inherence) among the methods required at logon. */
    public static int factorCount(Authentication authentication) {
        return distinctFactors(authentication.methods());
    }

    /** The number of distinct factors among the methods required over the network. */
    public static int networkLevelFactorCount(Authentication authentication) {
        return distinctFactors(authentication.networkLevel());
    }

    /** Whether no method is required at logon: the list is empty or holds only {@code none}. */
    public static boolean hasNoAuthentication(Authentication authentication) {
        return authentication.methods().stream().allMatch("none"::equals);
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
        return (int) codes.stream().map(Systems::factorOf).filter(Objects::nonNull).distinct().count();
    }

    /** Whether a password is among the methods required at logon or over the network. */
    public static boolean usesPasswords(Authentication authentication) {
        return authentication.methods().contains("password") || authentication.networkLevel().contains("password");
    }

    /** Whether a knowledge factor (password or PIN) is among the methods required at logon or over the network. */
    public static boolean usesKnowledgeFactor(Authentication authentication) {
        return usesPasswords(authentication) || authentication.methods().contains("pin")
                || authentication.networkLevel().contains("pin");
    }

    /** Whether network-level methods are recorded and they are only {@code none}: connecting needs no authentication. */
    public static boolean allowsUnauthenticatedNetworkAccess(Authentication authentication) {
        return !authentication.networkLevel().isEmpty() && authentication.networkLevel().stream().allMatch("none"::equals);
    }

    // access control

    /** Whether the system states a mechanism other than {@code none}. */
    public static boolean hasMechanism(AccessControl control) {
        return control.mechanisms().stream().anyMatch(mechanism -> !"none".equals(mechanism));
    }

    /** Whether more than one role is defined, so that privileges differ between users. */
    public static boolean separatesPrivileges(AccessControl control) {
        return control.roles().size() > 1;
    }

    /** Whether a time-of-day window is set. */
    public static boolean restrictsHours(AccessControl control) {
        return control.allowedHours() != null && !control.allowedHours().isBlank();
    }

    /** Whether the duration of a session is limited (0 or absent means no limit). */
    public static boolean limitsSessions(AccessControl control) {
        return control.maxSessionMinutes() != null && control.maxSessionMinutes() > 0;
    }

    /** Whether the terminals that may be used are restricted. */
    public static boolean restrictsTerminals(AccessControl control) {
        return control.terminalRestriction() != null && !"none".equals(control.terminalRestriction());
    }

    /** Whether mandatory access control is among the mechanisms. */
    public static boolean enforcesMandatoryAccessControl(AccessControl control) {
        return control.mechanisms().contains("mac");
    }

    /**
     * Whether access is restricted on some ground other than user attributes: time of day, session duration,
     * terminal or mandatory access control.
     */
    public static boolean restrictsBeyondUserAttributes(AccessControl control) {
        return restrictsHours(control) || limitsSessions(control) || restrictsTerminals(control)
                || enforcesMandatoryAccessControl(control);
    }

    // availability

    /** Whether load is distributed: a load-balancing method other than {@code none} over two or more instances. */
    public static boolean distributesLoad(Availability availability) {
        return availability.loadBalancing() != null && !"none".equals(availability.loadBalancing())
                && availability.instances() != null && availability.instances() > 1;
    }

    /** Whether standby equipment is kept (hot, warm or cold). */
    public static boolean hasStandby(Availability availability) {
        return availability.standby() != null && !"none".equals(availability.standby());
    }

    /** Whether the system is redundant (active-active or active-standby). */
    public static boolean isRedundant(Availability availability) {
        return availability.redundancy() != null && !"none".equals(availability.redundancy());
    }

    /** The metrics among {@code required} that are not monitored, in the order given. */
    public static List<String> missingMetrics(LoadMonitoring monitoring, List<String> required) {
        return required.stream().filter(metric -> !monitoring.metrics().contains(metric)).toList();
    }

    // accounts

    /** Whether the account was approved by the very person who owns it. */
    public static boolean isSelfApproved(Account account) {
        return account.approvedBy() != null && account.approvedBy().equals(account.owner());
    }

    /**
     * Whether both dates are recorded and the account may have been created before it was approved: by the readings
     * that do not favour it, a creation month that overlaps the approval's counts as before.
     */
    public static boolean isIssuedBeforeApproval(Account account) {
        RecordedDate created = account.createdOn();
        RecordedDate approved = account.approvedOn();
        if (created == null || approved == null) {
            return false;
        }
        return created.isExact() && approved.isExact()
                ? created.earliest().isBefore(approved.earliest())
                : created.earliest().isBefore(approved.latest());
    }

    /** The last day the account is known to have been used: its last use, else its creation; null if neither. */
    public static RecordedDate lastActivityOn(Account account) {
        return account.lastUsedOn() != null ? account.lastUsedOn() : account.createdOn();
    }

    /** Whether the account locks at all (a threshold of 0 means it never locks). */
    public static boolean locks(Lockout lockout) {
        return lockout.threshold() != null && lockout.threshold() > 0;
    }

    /** Whole days from detection to suspension, the longest the records allow (0 the same day); null while not suspended. */
    public static Long daysToSuspension(MisuseEvent event) {
        if (event.suspendedOn() == null || event.detectedOn() == null) {
            return null;
        }
        return ChronoUnit.DAYS.between(event.detectedOn().earliest(), event.suspendedOn().latest());
    }

    // audit trails and notices

    /** Whether the source records the given event code (e.g. {@code logonFailure}). */
    public static boolean records(LogSource source, String event) {
        return source.events().contains(event);
    }

    /** The events among {@code required} that the source does not record, in the order given. */
    public static List<String> missingEvents(LogSource source, List<String> required) {
        return required.stream().filter(event -> !source.events().contains(event)).toList();
    }

    /** Whether the notice covers the given system (an empty list of systems covers all of them). */
    public static boolean covers(UserNotice notice, String systemId) {
        return notice.systems().isEmpty() || notice.systems().contains(systemId);
    }

    /**
     * Whether the notice stands for as long as it is in place — a logon banner or a regulation — rather than being
     * given once (training, intranet, email).
     */
    public static boolean isStanding(UserNotice notice) {
        return "loginBanner".equals(notice.channel()) || "regulation".equals(notice.channel());
    }
}
