package jp.kijun.engine;

import java.util.List;
import java.util.Map;

/**
 * Every parameter's effective value in one fact, for the requirement templates, which name the parameters they read
 * in the catalog. Hand-written rules read single {@link Parameter} facts.
 */
public record Parameters(Map<String, Object> values) {

    public Parameters {
        values = Map.copyOf(values);
    }

    /** The value of the integer parameter {@code name}. */
    public long number(String name) {
        return parameter(name).number();
    }

    /** The value of the list parameter {@code name}. */
    public List<String> list(String name) {
        return parameter(name).values();
    }

    private Parameter parameter(String name) {
        Object value = values.get(name);
        if (value == null) {
            throw new IllegalStateException("no parameter " + name + " is defined; the catalog names it in a requirement");
        }
        return new Parameter(name, value);
    }
}
