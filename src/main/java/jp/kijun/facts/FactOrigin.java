package jp.kijun.facts;

/**
 * What a report says about a fact: its schema type, its id and where it was written.
 *
 * @param type   the schema type, e.g. {@code account}, or {@code section} for a whole section
 * @param id     the entity's id; for singletons and sections, the section name
 * @param source file, line and column of the entry
 */
public record FactOrigin(String type, String id, Source source) {
}
