package jp.kijun.config;

import jp.kijun.catalog.ParameterDefinition;
import jp.kijun.facts.InputProblem;
import jp.kijun.facts.Source;
import org.apache.commons.configuration2.Configuration;
import org.apache.commons.configuration2.ex.ConversionException;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/** Checks a parameter's value against its type: integers at or above their minimum, lists of allowed codes. */
final class ParameterTypes {

    private ParameterTypes() {
    }

    static Optional<Object> convert(ParameterDefinition definition, Configuration configuration, Source where,
                                    List<InputProblem> problems) {
        String name = definition.name();
        if (definition.isList()) {
            List<String> codes = new ArrayList<>();
            Object raw = configuration.getProperty(name);
            if (raw instanceof Collection<?> collection) {
                collection.forEach(code -> codes.add(String.valueOf(code).strip()));
            } else if (raw != null && !String.valueOf(raw).isBlank()) {
                for (String code : String.valueOf(raw).split("[,、]")) {
                    codes.add(code.strip());
                }
            }
            List<String> unknown = codes.stream()
                    .filter(code -> !definition.allowed().isEmpty() && !definition.allowed().contains(code))
                    .toList();
            if (!unknown.isEmpty()) {
                problems.add(new InputProblem(where, "parameter " + name + ": " + unknown
                        + " not allowed; expected codes among " + definition.allowed()));
                return Optional.empty();
            }
            return Optional.of(List.copyOf(codes));
        }
        try {
            long value = configuration.getLong(name);
            if (value < definition.minimum()) {
                problems.add(new InputProblem(where, "parameter " + name + ": " + value + " is below the minimum "
                        + definition.minimum() + unit(definition)));
                return Optional.empty();
            }
            return Optional.of(value);
        } catch (ConversionException e) {
            String given = String.valueOf(configuration.getProperty(name));
            String what = given.strip().matches("[+-]?\\d+") ? "is too large; expected a whole number up to "
                    + Long.MAX_VALUE : "is not a whole number; expected an integer";
            problems.add(new InputProblem(where, "parameter " + name + ": '" + given + "' " + what + unit(definition)));
            return Optional.empty();
        }
    }

    private static String unit(ParameterDefinition definition) {
        return definition.unit() == null ? "" : " (" + definition.unit() + ")";
    }
}
