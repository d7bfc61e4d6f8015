package jp.kijun.facts;

/**
 * A fact saying that the facts files contain a section, and how many entries it holds in all.
 * An absent section is unknown; a present, empty section says the organisation has none —
 * which is how rules tell "not recorded" (not reviewed) from "recorded as none" (failed or not applicable).
 *
 * @param section the section name, e.g. {@code accounts}
 * @param entries how many entries the section holds across all files (1 for a single object)
 */
public record SectionPresence(String section, int entries) {

    public boolean isEmpty() {
        return entries == 0;
    }
}
