package jp.kijun.catalog;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The guideline as data: every area, measure, group and item, in the guideline's order.
 * Items are the controls that kijun decides.
 */
public final class Catalog {

    private final List<Area> areas;
    private final List<Measure> measures;
    private final Map<String, Item> itemsById = new LinkedHashMap<>();
    private final Map<String, Measure> measuresById = new LinkedHashMap<>();

    public Catalog(List<Area> areas, List<Measure> measures) {
        this.areas = List.copyOf(areas);
        this.measures = List.copyOf(measures);
        for (Measure measure : measures) {
            measuresById.put(measure.id(), measure);
            measure.items().forEach(item -> itemsById.put(item.id(), item));
        }
    }

    public List<Area> areas() {
        return areas;
    }

    public List<Measure> measures() {
        return measures;
    }

    /** Every item of every measure, in the guideline's order. */
    public Stream<Item> items() {
        return measures.stream().flatMap(Measure::items);
    }

    public Optional<Item> item(String id) {
        return Optional.ofNullable(itemsById.get(id));
    }

    public Optional<Measure> measure(String id) {
        return Optional.ofNullable(measuresById.get(id));
    }

    /** The measure an item belongs to. */
    public Measure measureOf(Item item) {
        return measuresById.get(item.measureId());
    }

    public Map<String, Item> itemsById() {
        return Collections.unmodifiableMap(itemsById);
    }

    public int itemCount() {
        return itemsById.size();
    }
}
