package jp.kijun.facts;

/**
 * A top-level section of the facts files and the record type its entries bind to.
 *
 * @param name       the section key, e.g. {@code accounts}
 * @param typeName   the schema definition of one entry, e.g. {@code account}; reports cite facts by it
 * @param recordType the record each entry becomes
 * @param list       true for a list of entities with ids, false for a single object
 */
public record FactSection(String name, String typeName, Class<?> recordType, boolean list) {
}
