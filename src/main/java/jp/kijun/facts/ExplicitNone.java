package jp.kijun.facts;

/**
 * A fact saying that a field of an entity was recorded as none — an empty list ({@code methods: []}) or the word
 * {@code none} where the schema accepts it ({@code x-kijun-none}, e.g. {@code loadMonitoring: none}) — rather than
 * left out. Absent is unknown (the controls that need the field are not reviewed); none is a recorded fact that rules
 * decide on.
 *
 * @param fact  the entity (or single section) whose field it is
 * @param field the field's dotted path inside it, e.g. {@code availability.loadMonitoring}
 */
public record ExplicitNone(Object fact, String field) {
}
