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
    private final Map<String, Measure> measuresByItem = new LinkedHashMap<>();

    public Catalog(List<Area> areas, List<Measure> measures) {
        this.areas = List.copyOf(areas);
        this.measures = List.copyOf(measures);
        for (Measure measure : measures) {
            measuresById.put(measure.id(), measure);
            measure.items().forEach(item -> {
                itemsById.put(item.id(), item);
                measuresByItem.put(item.id(), measure);
            });
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
        return measuresByItem.get(item.id());
    }

    public Map<String, Item> itemsById() {
        return Collections.unmodifiableMap(itemsById);
    }

    /** This catalog with the measures of rule packs added after the guideline's. */
    public Catalog withMeasures(List<Measure> added) {
        if (added.isEmpty()) {
            return this;
        }
        List<Measure> all = new java.util.ArrayList<>(measures);
        all.addAll(added);
        return new Catalog(areas, all);
    }

    public int itemCount() {
        return itemsById.size();
    }
}
