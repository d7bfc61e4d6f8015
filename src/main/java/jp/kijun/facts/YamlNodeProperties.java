package jp.kijun.facts;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * What YAML can attach to a value beyond the value itself — tags, anchors and aliases — and what kijun allows of it.
 * Tags: only the YAML core schema's ({@code !!str}, {@code !!int} …); a tag that names a class ({@code
 * !!java.net.URL}) or any other is refused, and nothing is ever constructed from one. Anchors and aliases: an alias
 * stands for the list or mapping anchored before it, within the alias limit.
 */
final class YamlNodeProperties {

    private static final String CORE = "tag:yaml.org,2002:";
    private static final Set<String> ALLOWED = Set.of("str", "int", "float", "bool", "null", "seq", "map");

    /** An anchored value and how many values it holds, itself included. */
    record Anchored(JsonNode node, int size) {
    }

    private final InputLimits limits;
    private final Map<String, Anchored> anchors = new HashMap<>();
    private int aliases;

    YamlNodeProperties(InputLimits limits) {
        this.limits = limits;
    }

    /** The problem with a value's tag ({@code getTypeId()} of Jackson's YAML parser: leading '!'s removed), if any. */
    Optional<InputProblem> tagProblem(String tag, Source source) {
        if (tag == null || tag.isEmpty() || (tag.startsWith(CORE) && ALLOWED.contains(tag.substring(CORE.length())))) {
            return Optional.empty();
        }
        String written = tag.startsWith(CORE) ? "!!" + tag.substring(CORE.length()) : "!" + tag;
        return Optional.of(new InputProblem(source, "YAML tag '" + written + "' is not allowed: facts are plain data "
                + "and no tag makes kijun create an object; expected no tag (or one of !!str, !!int, !!float, !!bool, "
                + "!!null, !!seq, !!map)"));
    }

    void anchor(String name, JsonNode node, int size) {
        anchors.put(name, new Anchored(node, size));
    }

    /**
     * The value an alias stands for, or {@code null} when no anchor of that name came before it.
     *
     * @throws LimitReachedException (a limit reached) when this alias is one too many
     */
    Anchored alias(String name, Source source) throws LimitReachedException {
        aliases++;
        if (aliases > limits.aliases()) {
            throw new LimitReachedException(new InputProblem(source, limits.exceeded(
                    "more than " + limits.aliases() + " YAML aliases (*name) in the file", "aliases")));
        }
        return anchors.get(name);
    }
}
