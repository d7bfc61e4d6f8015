package jp.kijun.facts.domain;

import jp.kijun.facts.FactLabels;
import jp.kijun.facts.model.incidents.SharingArrangement;

/** What rules ask of the IT-failure response facts: how to name an information-sharing partner. */
public final class Incidents {

    private Incidents() {
    }

    /** The schema's label of a partner kind code in {@code language} ({@code ja} or {@code en}); the code if unknown. */
    public static String partnerTitle(String partner, String language) {
        return FactLabels.title("sharingArrangement.partner", partner, language);
    }

    /** The schema's labels of some team availability codes in {@code language}, joined. */
    public static String availabilityTitles(java.util.List<String> availabilities, String language) {
        return FactLabels.titles("incidentTeam.availability", availabilities, language);
    }

    /** The schema's label of a threat code in {@code language} ({@code ja} or {@code en}); the code if unknown. */
    public static String threatTitle(String threat, String language) {
        return FactLabels.title("threat", threat, language);
    }

    /** The partner's name, or the label of its kind when no name is recorded. */
    public static String displayName(SharingArrangement arrangement) {
        return arrangement.name() != null ? arrangement.name() : partnerTitle(arrangement.partner(), "ja");
    }
}
