package jp.kijun.facts.model;

import java.util.List;

import jp.kijun.facts.Entity;

/** A zone of the network (control, information, DMZ …) and the information systems placed in it. */
public record NetworkZone(
        String id,
        String name,
        String kind,
        List<String> systems) implements Entity {

    public NetworkZone {
        systems = systems == null ? List.of() : List.copyOf(systems);
    }

    public boolean isControl() {
        return "control".equals(kind);
    }
}
