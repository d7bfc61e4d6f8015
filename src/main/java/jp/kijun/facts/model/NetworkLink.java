package jp.kijun.facts.model;

import java.time.LocalDate;
import java.util.List;

import jp.kijun.facts.Entity;

/** A network link used by some information systems, with its carrier, route, role and switchover testing. */
public record NetworkLink(
        String id,
        List<String> systems,
        String carrier,
        String route,
        String role,
        LocalDate lastSwitchoverTestOn) implements Entity {

    public NetworkLink {
        systems = systems == null ? List.of() : List.copyOf(systems);
    }
}
