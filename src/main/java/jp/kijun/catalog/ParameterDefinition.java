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
 */
public record ParameterDefinition(String name, String type, String unit, Object defaultValue, Text title,
                                  Text description, List<String> controls) {

    public ParameterDefinition {
        controls = controls == null ? List.of() : List.copyOf(controls);
    }
}
