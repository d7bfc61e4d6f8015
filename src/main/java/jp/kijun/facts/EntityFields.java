package jp.kijun.facts;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The values of a field of a fact, named by its dotted path in the schema ({@code erasure.confirmedBy}): what the
 * requirement templates and declared data needs read, generically, from the generated records. A list along the path
 * stands for each of its entries, so {@code clauses.topic} gives every clause's topic.
 */
public final class EntityFields {

    private static final Map<Class<?>, Map<String, Method>> ACCESSORS = new ConcurrentHashMap<>();

    private EntityFields() {
    }

    /** The recorded values at {@code path}, lists flattened; empty when nothing is recorded there. */
    public static List<Object> values(Object fact, String path) {
        List<Object> current = List.of(fact);
        for (String step : path.split("\\.")) {
            List<Object> next = new ArrayList<>();
            for (Object value : current) {
                Object child = read(value, step);
                if (child instanceof Collection<?> list) {
                    list.stream().filter(java.util.Objects::nonNull).forEach(next::add);
                } else if (child != null) {
                    next.add(child);
                }
            }
            current = next;
        }
        return current;
    }

    /** Whether anything is recorded at {@code path}: a value, or a list with at least one entry. */
    public static boolean isRecorded(Object fact, String path) {
        return !values(fact, path).isEmpty();
    }

    /** Whether {@code path} names a field of the record type {@code type}, following records along the way. */
    public static boolean exists(Class<?> type, String path) {
        Class<?> current = type;
        for (String step : path.split("\\.")) {
            Method accessor = current == null ? null : accessors(current).get(step);
            if (accessor == null) {
                return false;
            }
            current = elementType(accessor);
        }
        return true;
    }

    private static Class<?> elementType(Method accessor) {
        if (Collection.class.isAssignableFrom(accessor.getReturnType())
                && accessor.getGenericReturnType() instanceof java.lang.reflect.ParameterizedType list
                && list.getActualTypeArguments()[0] instanceof Class<?> element) {
            return element.isRecord() ? element : null;
        }
        return accessor.getReturnType().isRecord() ? accessor.getReturnType() : null;
    }

    private static Object read(Object value, String field) {
        Method accessor = accessors(value.getClass()).get(field);
        if (accessor == null) {
            throw new IllegalArgumentException(value.getClass().getSimpleName() + " has no field '" + field + "'");
        }
        try {
            return accessor.invoke(value);
        } catch (IllegalAccessException | InvocationTargetException e) {
            throw new IllegalStateException("cannot read " + field + " of " + value.getClass().getSimpleName(), e);
        }
    }

    private static Map<String, Method> accessors(Class<?> type) {
        return ACCESSORS.computeIfAbsent(type, t -> {
            Map<String, Method> byName = new ConcurrentHashMap<>();
            if (t.isRecord()) {
                for (RecordComponent component : t.getRecordComponents()) {
                    byName.put(component.getName(), component.getAccessor());
                }
            }
            return byName;
        });
    }
}
