package jp.kijun.facts.model;

import java.time.LocalDate;
import jp.kijun.facts.Entity;
import jp.kijun.facts.FactLabels;

/** An arrangement with an outside party for collecting and sharing information on IT failures. */
public record SharingArrangement(
        String id,
        String partner,
        String name,
        String channel,
        LocalDate agreedOn,
        LocalDate lastExchangedOn) implements Entity {

    /** The schema's label of a partner kind code in {@code language} ({@code ja} or {@code en}); the code if unknown. */
    public static String partnerTitle(String partner, String language) {
        return FactLabels.title("sharingArrangement.partner", partner, language);
    }

    /** The partner's name, or the label of its kind when no name is recorded. */
    public String displayName() {
        return name != null ? name : partnerTitle(partner, "ja");
    }
}
