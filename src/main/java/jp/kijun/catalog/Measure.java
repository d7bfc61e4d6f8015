package jp.kijun.catalog;

import java.util.List;
import java.util.stream.Stream;

/**
 * A measure of the guideline, such as （１）ア（ア）, with its tier and its groups.
 *
 * @param id      {@code P1a} … {@code F5}
 * @param area    the area id, {@code P1} … {@code F5}
 * @param heading the guideline's own numbering, e.g. （１）ア（ア）
 */
public record Measure(String id, String area, String heading, Text title, Tier tier, Text intro, Text note,
                      List<Group> groups) {

    public Measure {
        groups = List.copyOf(groups);
    }

    public Stream<Item> items() {
        return groups.stream().flatMap(group -> group.items().stream());
    }
}
