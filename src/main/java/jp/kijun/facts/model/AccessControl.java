package jp.kijun.facts.model;

import java.util.List;

/** An information system's access-control mechanisms and its restrictions by time, duration and terminal. */
public record AccessControl(
        List<String> mechanisms,
        List<String> roles,
        String allowedHours,
        Integer maxSessionMinutes,
        String terminalRestriction) {

    public AccessControl {
        mechanisms = mechanisms == null ? List.of() : List.copyOf(mechanisms);
        roles = roles == null ? List.of() : List.copyOf(roles);
    }

    /** Whether the system states a mechanism other than {@code none}. */
    public boolean hasMechanism() {
        return mechanisms.stream().anyMatch(mechanism -> !"none".equals(mechanism));
    }

    /** Whether more than one role is defined, so that privileges differ between users. */
    public boolean separatesPrivileges() {
        return roles.size() > 1;
    }

    /** Whether a time-of-day window is set. */
    public boolean restrictsHours() {
        return allowedHours != null && !allowedHours.isBlank();
    }

    /** Whether the duration of a session is limited (0 or absent means no limit). */
    public boolean limitsSessions() {
        return maxSessionMinutes != null && maxSessionMinutes > 0;
    }

    /** Whether the terminals that may be used are restricted. */
    public boolean restrictsTerminals() {
        return terminalRestriction != null && !"none".equals(terminalRestriction);
    }

    /** Whether mandatory access control is among the mechanisms. */
    public boolean enforcesMandatoryAccessControl() {
        return mechanisms.contains("mac");
    }

    /**
     * Whether access is restricted on some ground other than user attributes: time of day, session duration,
     * terminal or mandatory access control.
     */
    public boolean restrictsBeyondUserAttributes() {
        return restrictsHours() || limitsSessions() || restrictsTerminals() || enforcesMandatoryAccessControl();
    }
}
