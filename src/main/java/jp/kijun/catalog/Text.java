package jp.kijun.catalog;

/**
 * A text in Japanese, the normative language, with kijun's own English translation beside it.
 *
 * @param ja the Japanese text (verbatim from the guideline where it quotes the guideline)
 * @param en kijun's English translation, never an official one
 */
public record Text(String ja, String en) {

    /** The text in the requested language, falling back to Japanese. */
    public String in(Language language) {
        return language == Language.EN && en != null ? en : ja;
    }
}
