package jp.kijun.facts.model;

import java.time.LocalDate;
import java.util.List;

import jp.kijun.facts.Entity;

/** A record of informing users about a topic such as audit-trail collection, through a given channel. */
public record UserNotice(
        String id,
        String topic,
        String channel,
        LocalDate publishedOn,
        String audience,
        List<String> systems) implements Entity {

    public UserNotice {
        systems = systems == null ? List.of() : List.copyOf(systems);
    }

    /** Whether the notice covers the given system (an empty list of systems covers all of them). */
    public boolean covers(String systemId) {
        return systems.isEmpty() || systems.contains(systemId);
    }

    /**
     * Whether the notice stands for as long as it is in place — a logon banner or a regulation — rather than being
     * given once (training, intranet, email).
     */
    public boolean isStanding() {
        return "loginBanner".equals(channel) || "regulation".equals(channel);
    }
}
