package jp.kijun.facts.model;

import jp.kijun.facts.FactLabels;

/** A clause of a document that provides for a given topic. */
public record Clause(
        String topic,
        String article,
        String summary) {

    /** The schema's label of a clause topic code in {@code language} ({@code ja} or {@code en}); the code if unknown. */
    public static String topicTitle(String topic, String language) {
        return FactLabels.title("clauseTopic", topic, language);
    }

    /** The article number, or an empty text when the clause does not name one. */
    public String articleOrEmpty() {
        return article == null ? "" : article;
    }
}
