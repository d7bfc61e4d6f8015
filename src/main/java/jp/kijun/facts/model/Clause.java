package jp.kijun.facts.model;

/** A clause of a document that provides for a given topic. */
public record Clause(
        String topic,
        String article,
        String summary) {
}
