package jp.kijun.facts.model;

import java.time.LocalDate;
import jp.kijun.facts.Entity;

/** An arrangement with an outside party for collecting and sharing information on IT failures. */
public record SharingArrangement(
        String id,
        String partner,
        String name,
        String channel,
        LocalDate agreedOn,
        LocalDate lastExchangedOn) implements Entity {
}
