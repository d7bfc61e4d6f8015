package jp.kijun.facts.model;

import java.time.LocalDate;
import java.util.List;

import jp.kijun.facts.Entity;

/** Spare hardware kept for some information systems, with its quantity, location and last check. */
public record Spare(
        String id,
        List<String> systems,
        String item,
        int quantity,
        String location,
        LocalDate lastCheckedOn) implements Entity {

    public Spare {
        systems = systems == null ? List.of() : List.copyOf(systems);
    }
}
