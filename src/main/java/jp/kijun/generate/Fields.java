package jp.kijun.generate;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** One entity of a facts file being built: fields in the order written, absent ones ({@code null}) left out. */
final class Fields {

    private final Map<String, Object> values = new LinkedHashMap<>();

    static Fields of(String name, Object value) {
        return new Fields().put(name, value);
    }

    Fields put(String name, Object value) {
        if (value != null) {
            values.put(name, value instanceof Fields fields ? fields.map() : value);
        } else {
            values.remove(name);
        }
        return this;
    }

    Fields putList(String name, List<?> items) {
        return put(name, items.stream().map(item -> item instanceof Fields fields ? fields.map() : item).toList());
    }

    Object get(String name) {
        return values.get(name);
    }

    Map<String, Object> map() {
        return values;
    }
}
