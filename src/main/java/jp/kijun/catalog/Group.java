package jp.kijun.catalog;

import java.util.List;

/**
 * A group of items (○) in a measure.
 *
 * @param implied true for the single group of a measure whose items stand without a ○ heading
 */
public record Group(String id, Text title, boolean implied, List<Item> items) {

    public Group {
        items = List.copyOf(items);
    }
}
