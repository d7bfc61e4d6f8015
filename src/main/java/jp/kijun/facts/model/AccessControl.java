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
}
