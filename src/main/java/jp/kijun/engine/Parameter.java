package jp.kijun.engine;

import java.util.List;

/**
 * A named threshold that rules read instead of a literal, inserted as a fact with its effective value.
 * In DRL: {@code Parameter(name == "passwordMinLength", $min : number)}.
 *
 * @param name  the parameter name, as in {@code rules/parameters.yaml}
 * @param value an integer ({@link Long}) or a list of codes ({@code List<String>})
 */
public record Parameter(String name, Object value) {

    /** The value of an integer parameter. */
    public long number() {
        if (value instanceof Number number) {
            return number.longValue();
        }
        throw new IllegalStateException("parameter " + name + " is not a number: " + value);
    }

    /** The value of a list parameter. */
    @SuppressWarnings("unchecked")
    public List<String> values() {
        if (value instanceof List<?> list) {
            return (List<String>) list;
        }
        throw new IllegalStateException("parameter " + name + " is not a list: " + value);
    }

    /** True when a list parameter holds {@code code}. */
    public boolean includes(String code) {
        return code != null && values().contains(code);
    }
}
