package jp.kijun.catalog;

import java.util.List;

/**
 * A threshold that rules read, documented in {@code rules/parameters.yaml}.
 *
 * @param name         the name rules use, e.g. {@code passwordMinLength}
 * @param type         {@code integer} or {@code list}
 * @param unit         the unit of an integer (months, days, characters, attempts, percent), or {@code null}
 * @param defaultValue the built-in value: a number or a list of codes
 * @param title        what it is, in Japanese and English
 * @param description  how rules use it, in Japanese and English
 * @param controls     the controls whose rules read it
 * @param minimum      the smallest value an integer may take (0 unless stated)
 * @param allowed      the codes a list may hold, or empty when any code is accepted
 * @param appliesTo    what reads it when it is not a rule (e.g. {@code waivers}), or {@code null}
 */
public record ParameterDefinition(String name, String type, String unit, Object defaultValue, Text title,
                                  Text description, List<String> controls, long minimum, List<String> allowed,
                                  String appliesTo) {

    public ParameterDefinition {
        controls = controls == null ? List.of() : List.copyOf(controls);
        allowed = allowed == null ? List.of() : List.copyOf(allowed);
    }

    public boolean isList() {
        return "list".equals(type);
    }
}
