package jp.kijun.facts;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import org.yaml.snakeyaml.LoaderOptions;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How much kijun reads from one run's input files — facts, profiles, waivers, config files and baselines — before
 * it stops with an input error instead of running out of time or memory. The limits go into the parsers'
 * configuration (Jackson's {@link StreamReadConstraints}, SnakeYAML's {@link LoaderOptions}) and into the streaming
 * reader, so that a hostile file is refused while it is read, not after.
 *
 * @param fileSize       bytes in one file, checked before parsing
 * @param depth          nesting of lists and mappings in one file
 * @param aliases        YAML aliases ({@code *name}) in one file
 * @param collectionSize entries in one list or mapping
 * @param values         values in one file (each scalar, list and mapping; an alias counts as what it expands to)
 * @param stringLength   characters in one string or key
 * @param entities       entries of all fact sections across all facts files of a run
 */
public record InputLimits(long fileSize, int depth, int aliases, int collectionSize, int values, int stringLength,
                          int entities) {

    private static final InputLimits DEFAULTS = new InputLimits(16L * 1024 * 1024, 50, 100, 100_000, 1_000_000,
            100_000, 200_000);
    private static final Pattern SIZE = Pattern.compile("(\\d{1,19})\\s*(|B|KiB|MiB|GiB)", Pattern.CASE_INSENSITIVE);
    private static final List<String> NAMES = List.of("fileSize", "depth", "aliases", "collectionSize", "values",
            "stringLength", "entities");

    public InputLimits {
        if (fileSize < 1 || depth < 1 || aliases < 0 || collectionSize < 1 || values < 1 || stringLength < 1
                || entities < 1) {
            throw new IllegalArgumentException("limits must be positive");
        }
    }

    /** The documented defaults. */
    public static InputLimits defaults() {
        return DEFAULTS;
    }

    /** Every limit by name, with its value: what {@code --limit NAME=VALUE} accepts. */
    public Map<String, String> byName() {
        Map<String, String> limits = new LinkedHashMap<>();
        limits.put("fileSize", size(fileSize));
        limits.put("depth", Integer.toString(depth));
        limits.put("aliases", Integer.toString(aliases));
        limits.put("collectionSize", Integer.toString(collectionSize));
        limits.put("values", Integer.toString(values));
        limits.put("stringLength", Integer.toString(stringLength));
        limits.put("entities", Integer.toString(entities));
        return limits;
    }

    /**
     * These limits with one of them changed, as {@code --limit NAME=VALUE} gives it: {@code fileSize=64MiB},
     * {@code entities=500000}.
     *
     * @throws IllegalArgumentException naming what was expected
     */
    public InputLimits with(String name, String value) {
        String text = value.strip();
        if (name.equals("fileSize")) {
            return new InputLimits(parseSize(text), depth, aliases, collectionSize, values, stringLength, entities);
        }
        int number = parseCount(name, text);
        return switch (name) {
            case "depth" -> new InputLimits(fileSize, number, aliases, collectionSize, values, stringLength, entities);
            case "aliases" -> new InputLimits(fileSize, depth, number, collectionSize, values, stringLength, entities);
            case "collectionSize" -> new InputLimits(fileSize, depth, aliases, number, values, stringLength, entities);
            case "values" -> new InputLimits(fileSize, depth, aliases, collectionSize, number, stringLength, entities);
            case "stringLength" -> new InputLimits(fileSize, depth, aliases, collectionSize, values, number, entities);
            case "entities" -> new InputLimits(fileSize, depth, aliases, collectionSize, values, stringLength, number);
            default -> throw new IllegalArgumentException("unknown limit '" + name + "'; expected one of "
                    + String.join(", ", NAMES));
        };
    }

    private static int parseCount(String name, String text) {
        if (!NAMES.contains(name)) {
            throw new IllegalArgumentException("unknown limit '" + name + "'; expected one of " + String.join(", ", NAMES));
        }
        try {
            int number = Integer.parseInt(text);
            if (number >= (name.equals("aliases") ? 0 : 1)) {
                return number;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new IllegalArgumentException("limit " + name + ": '" + text + "' is not a whole number from "
                + (name.equals("aliases") ? 0 : 1) + " to " + Integer.MAX_VALUE);
    }

    private static long parseSize(String text) {
        Matcher matcher = SIZE.matcher(text);
        if (matcher.matches()) {
            try {
                long number = Long.parseLong(matcher.group(1));
                long unit = switch (matcher.group(2).toLowerCase(Locale.ROOT)) {
                    case "kib" -> 1024L;
                    case "mib" -> 1024L * 1024;
                    case "gib" -> 1024L * 1024 * 1024;
                    default -> 1L;
                };
                long bytes = Math.multiplyExact(number, unit);
                if (bytes >= 1) {
                    return bytes;
                }
            } catch (ArithmeticException | NumberFormatException e) {
                // reported below
            }
        }
        throw new IllegalArgumentException("limit fileSize: '" + text
                + "' is not a size; expected bytes, or a number with KiB, MiB or GiB (such as 64MiB)");
    }

    /** A size as the user reads it: {@code 16MiB}, {@code 1500B}. */
    static String size(long bytes) {
        if (bytes % (1024L * 1024 * 1024) == 0) {
            return bytes / (1024L * 1024 * 1024) + "GiB";
        }
        if (bytes % (1024L * 1024) == 0) {
            return bytes / (1024L * 1024) + "MiB";
        }
        return bytes % 1024 == 0 ? bytes / 1024 + "KiB" : bytes + "B";
    }

    /**
     * The end of every message about a limit: what the limit is and how to raise it.
     * {@code "more than 50 levels of nesting" → "…; expected at most 50 (limit depth; raise it with --limit depth=N)"}.
     */
    String exceeded(String what, String name) {
        return what + "; expected at most " + byName().get(name) + " (limit " + name + "; if the file is genuine, raise it "
                + "with --limit " + name + "=N)";
    }

    /** Jackson's constraints for these limits; kijun's own reader counts the rest. */
    StreamReadConstraints streamReadConstraints() {
        return StreamReadConstraints.builder()
                .maxDocumentLength(fileSize)
                .maxNestingDepth(depth)
                .maxStringLength(stringLength)
                .maxNameLength(stringLength)
                // a backstop for the value count: every value is at most three tokens (start, name, end)
                .maxTokenCount(3L * values + 16)
                .build();
    }

    /**
     * SnakeYAML's options for these limits. Duplicate keys are let through to kijun's reader, which reports every one
     * of them with the line of the first.
     */
    LoaderOptions loaderOptions() {
        LoaderOptions options = new LoaderOptions();
        options.setCodePointLimit((int) Math.min(Integer.MAX_VALUE, fileSize));
        options.setNestingDepthLimit(depth);
        options.setMaxAliasesForCollections(aliases);
        options.setAllowDuplicateKeys(true);
        options.setAllowRecursiveKeys(false);
        options.setProcessComments(false);
        return options;
    }

    JsonFactory jsonFactory() {
        return JsonFactory.builder().streamReadConstraints(streamReadConstraints()).build();
    }

    YAMLFactory yamlFactory() {
        return YAMLFactory.builder().loaderOptions(loaderOptions()).streamReadConstraints(streamReadConstraints()).build();
    }
}
