package jp.kijun.catalog;

import java.util.List;

/**
 * A Gherkin scenario of the rule pack, as {@code catalog show} lists it.
 *
 * @param feature the feature file, relative to the rule pack, e.g. {@code features/P1a/P1a-1.feature}
 * @param line    the line of the scenario
 * @param name    the scenario's name
 * @param tags    its tags without {@code @}, including inherited feature tags
 * @param steps   its step lines as written (keyword included), without tables and comments
 */
public record Scenario(String feature, int line, String name, List<String> tags, List<String> steps) {

    public Scenario {
        tags = List.copyOf(tags);
    }
}
