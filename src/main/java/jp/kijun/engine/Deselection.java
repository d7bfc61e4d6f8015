package jp.kijun.engine;

/**
 * A control that a profile took out of scope, with its reason: reported as not applicable, never dropped.
 *
 * @param profile the profile that deselected it
 * @param reason  why, as the profile states it
 * @param hidden  what the rules decided
 */
public record Deselection(String profile, String reason, Outcome hidden) {
}
