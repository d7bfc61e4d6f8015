package jp.kijun.config;

import jp.kijun.catalog.ParameterCatalog;
import jp.kijun.catalog.ParameterDefinition;
import jp.kijun.facts.InputProblem;
import jp.kijun.facts.InvalidInputException;
import jp.kijun.facts.Source;
import jp.kijun.facts.Suggestion;
import org.apache.commons.configuration2.CompositeConfiguration;
import org.apache.commons.configuration2.Configuration;
import org.apache.commons.configuration2.MapConfiguration;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The effective value of every parameter, layered with Apache Commons Configuration: built-in defaults, then the
 * profile, then the organisation's config file, then {@code KIJUN_} environment variables, then {@code -D} on the
 * command line — each overriding the ones before. Unknown names and values of the wrong type are input errors.
 */
public final class ParameterSettings {

    private final List<ParameterValue> values;
    private final List<String> warnings;

    private ParameterSettings(List<ParameterValue> values, List<String> warnings) {
        this.values = List.copyOf(values);
        this.warnings = List.copyOf(warnings);
    }

    /** Every parameter with its effective value, in catalog order. */
    public List<ParameterValue> all() {
        return values;
    }

    /** The values to insert as facts, by name. */
    public Map<String, Object> values() {
        Map<String, Object> byName = new LinkedHashMap<>();
        values.forEach(value -> byName.put(value.name(), value.value()));
        return byName;
    }

    /** Things worth telling the user that do not stop the run (e.g. an unknown KIJUN_ variable). */
    public List<String> warnings() {
        return warnings;
    }

    public static Builder builder(ParameterCatalog catalog) {
        return new Builder(catalog);
    }

    /** Collects the layers; {@link #build()} checks and resolves them. */
    public static final class Builder {

        private final ParameterCatalog catalog;
        private final Map<ParameterLayer, Map<String, LayerValue>> layers = new LinkedHashMap<>();
        private final Map<ParameterLayer, Map<String, Source>> locations = new LinkedHashMap<>();
        private final List<InputProblem> problems = new ArrayList<>();
        private final List<String> warnings = new ArrayList<>();

        private Builder(ParameterCatalog catalog) {
            this.catalog = catalog;
            Map<String, LayerValue> defaults = new LinkedHashMap<>();
            catalog.all().forEach(definition -> defaults.put(definition.name(),
                    new LayerValue(definition.defaultValue(), "rules/parameters")));
            layers.put(ParameterLayer.DEFAULT, defaults);
        }

        /** Values a profile sets; an unknown name is a problem at its location. */
        public Builder profile(Map<String, LayerValue> values, Map<String, Source> locations) {
            return layer(ParameterLayer.PROFILE, values, locations);
        }

        /** Values from the organisation's config file ({@code --config}). */
        public Builder config(ConfigFile file) {
            return layer(ParameterLayer.CONFIG, file.values(), file.locations());
        }

        /** {@code KIJUN_} environment variables; others are ignored, unknown ones warned about. */
        public Builder environment(Map<String, String> environment) {
            Map<String, String> byVariable = new LinkedHashMap<>();
            catalog.all().forEach(definition -> byVariable.put(EnvironmentNames.of(definition.name()), definition.name()));
            Map<String, LayerValue> values = new LinkedHashMap<>();
            new TreeSet<>(environment.keySet()).forEach(variable -> {
                if (!variable.startsWith(EnvironmentNames.PREFIX) || variable.equals("KIJUN_JAVA_OPTS")) {
                    return;
                }
                String name = byVariable.get(variable);
                if (name == null) {
                    warnings.add("environment variable " + variable + " names no parameter; expected KIJUN_ and a "
                            + "parameter name in upper snake case (see kijun params)");
                } else {
                    values.put(name, new LayerValue(environment.get(variable), variable));
                }
            });
            layers.put(ParameterLayer.ENVIRONMENT, values);
            return this;
        }

        /** {@code -D name=value} options. */
        public Builder commandLine(Map<String, String> definitions) {
            Map<String, LayerValue> values = new LinkedHashMap<>();
            Map<String, Source> locations = new LinkedHashMap<>();
            definitions.forEach((name, value) -> {
                values.put(name, new LayerValue(value, "-D " + name + "=" + value));
                locations.put(name, Source.ofFile("-D " + name));
            });
            return layer(ParameterLayer.COMMAND_LINE, values, locations);
        }

        private Builder layer(ParameterLayer layer, Map<String, LayerValue> values, Map<String, Source> locations) {
            values.keySet().forEach(name -> {
                if (catalog.named(name).isEmpty()) {
                    String suggestion = Suggestion.closest(name, names()).map(known -> "; did you mean '" + known + "'?")
                            .orElse("");
                    problems.add(new InputProblem(locations.getOrDefault(name, Source.ofFile(layer.code())),
                            "unknown parameter '" + name + "'" + suggestion + " (expected one of " + names() + ")"));
                }
            });
            layers.put(layer, values);
            this.locations.put(layer, locations);
            return this;
        }

        public ParameterSettings build() throws InvalidInputException {
            CompositeConfiguration composite = new CompositeConfiguration();
            List<ParameterLayer> order = new ArrayList<>(layers.keySet());
            order.sort((a, b) -> Integer.compare(b.ordinal(), a.ordinal()));
            for (ParameterLayer layer : order) {
                Map<String, Object> raw = new LinkedHashMap<>();
                layers.get(layer).forEach((name, value) -> raw.put(name, value.value()));
                MapConfiguration values = new MapConfiguration(raw);
                // values are data: ${env:…}, ${sys:…} or ${file:…} in a profile or config file is text, never looked up
                values.setInterpolator(null);
                composite.addConfiguration(values);
            }
            List<ParameterValue> resolved = new ArrayList<>();
            for (ParameterDefinition definition : catalog.all()) {
                int index = 0;
                while (!composite.getConfiguration(index).containsKey(definition.name())) {
                    index++;
                }
                ParameterLayer layer = order.get(index);
                LayerValue given = layers.get(layer).get(definition.name());
                Configuration configuration = composite.getConfiguration(index);
                Source where = locations.getOrDefault(layer, Map.of()).getOrDefault(definition.name(),
                        Source.ofFile(given.origin()));
                ParameterTypes.convert(definition, configuration, where, problems)
                        .ifPresent(value -> resolved.add(new ParameterValue(definition, value, layer, given.origin())));
            }
            if (!problems.isEmpty()) {
                throw new InvalidInputException(problems);
            }
            return new ParameterSettings(resolved, warnings);
        }

        private Set<String> names() {
            Set<String> names = new TreeSet<>();
            catalog.all().forEach(definition -> names.add(definition.name()));
            return names;
        }
    }
}
