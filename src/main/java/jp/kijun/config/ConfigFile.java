package jp.kijun.config;

import jp.kijun.facts.InputProblem;
import jp.kijun.facts.InvalidInputException;
import jp.kijun.facts.Source;
import org.apache.commons.configuration2.FileBasedConfiguration;
import org.apache.commons.configuration2.PropertiesConfiguration;
import org.apache.commons.configuration2.YAMLConfiguration;
import org.apache.commons.configuration2.builder.FileBasedConfigurationBuilder;
import org.apache.commons.configuration2.builder.fluent.Parameters;
import org.apache.commons.configuration2.convert.DefaultListDelimiterHandler;
import org.apache.commons.configuration2.ex.ConfigurationException;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * An organisation's config file ({@code --config}): parameter values as {@code name = value} properties or a YAML
 * mapping, read with Apache Commons Configuration. Lists are comma-separated in properties, YAML lists in YAML.
 *
 * @param values    the values by parameter name, each with its origin
 * @param locations where each name is written, for problems
 */
public record ConfigFile(Map<String, LayerValue> values, Map<String, Source> locations) {

    public static ConfigFile read(Path file) throws InvalidInputException {
        String name = file.toString();
        if (!Files.isRegularFile(file)) {
            throw new InvalidInputException(new InputProblem(Source.ofFile(name),
                    "no such file; expected a config file (.properties, .yaml or .yml)"));
        }
        boolean yaml = name.toLowerCase(Locale.ROOT).endsWith(".yaml") || name.toLowerCase(Locale.ROOT).endsWith(".yml");
        Class<? extends FileBasedConfiguration> type = yaml ? YAMLConfiguration.class : PropertiesConfiguration.class;
        FileBasedConfiguration configuration;
        try {
            configuration = new FileBasedConfigurationBuilder<>(type)
                    .configure(new Parameters().fileBased().setFile(file.toFile()).setEncoding("UTF-8")
                            .setListDelimiterHandler(new DefaultListDelimiterHandler(',')))
                    .getConfiguration();
        } catch (ConfigurationException e) {
            Throwable cause = e.getCause() == null ? e : e.getCause();
            throw new InvalidInputException(new InputProblem(Source.ofFile(name),
                    "cannot read the config file: " + firstLine(cause.getMessage())));
        }
        List<String> lines = lines(file);
        Map<String, LayerValue> values = new LinkedHashMap<>();
        Map<String, Source> locations = new LinkedHashMap<>();
        Iterator<String> keys = configuration.getKeys();
        while (keys.hasNext()) {
            String key = keys.next();
            Source where = locate(name, lines, key);
            values.put(key, new LayerValue(configuration.getProperty(key), where.fileAndLine()));
            locations.put(key, where);
        }
        return new ConfigFile(values, locations);
    }

    private static Source locate(String file, List<String> lines, String key) {
        String last = key.substring(key.lastIndexOf('.') + 1);
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i).strip();
            if (line.startsWith(key) || line.startsWith(last + ":") || line.startsWith(last + " :")) {
                return new Source(file, i + 1, lines.get(i).indexOf(line.charAt(0)) + 1);
            }
        }
        return Source.ofFile(file);
    }

    private static List<String> lines(Path file) throws InvalidInputException {
        try {
            return Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new InvalidInputException(new InputProblem(Source.ofFile(file.toString()),
                    "cannot read the config file: " + e.getMessage()));
        }
    }

    private static String firstLine(String message) {
        if (message == null) {
            return "unreadable";
        }
        int newline = message.indexOf('\n');
        return newline < 0 ? message : message.substring(0, newline);
    }
}
