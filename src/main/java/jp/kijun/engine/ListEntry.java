package jp.kijun.engine;

/**
 * One entry of an id list held by a fact — a log review's sources, a network link's systems — inserted as a fact
 * of its own, so that rules join on it by equality, which Drools indexes, instead of testing
 * {@code list contains $id} against every fact of the other kind (a cross product that grows with the square of
 * the estate). In DRL:
 * {@code ListEntry(list == "logReview.sources", value == $sourceId, $reviewId : owner)} then
 * {@code LogReview(id == $reviewId, …)}. {@link ListEntries} names the lists that are flattened.
 *
 * @param list  which list: {@code <type>.<field>}, e.g. {@code networkLink.systems}
 * @param owner the id of the fact that holds the list
 * @param value one id in the list
 */
public record ListEntry(String list, String owner, String value) {
}
