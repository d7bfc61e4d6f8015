package jp.kijun.facts;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.core.io.JsonEOFException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLParser;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Reads a YAML or JSON file into a tree while recording the line and column of every node, within the
 * {@link InputLimits}: the parsers are configured with them and this reader counts what they do not, as the file
 * streams in. Duplicate keys in one mapping are reported, not silently overwritten; YAML tags other than the core
 * schema's are refused (facts are data: nothing is ever constructed from a tag); YAML aliases of lists and mappings
 * are expanded, counted as what they expand to (an alias of a single value is refused: Jackson's YAML parser does not
 * report anchors of single values, and reading the alias's name instead would be a silent misreading).
 */
public final class LocatedTreeReader {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private final String displayName;
    private final String expected;
    private final InputLimits limits;
    private final YamlNodeProperties yaml;
    private final Map<JsonNode, long[]> childPositions = new IdentityHashMap<>();
    private final List<InputProblem> problems = new ArrayList<>();
    private int values;

    private LocatedTreeReader(String displayName, String expected, InputLimits limits) {
        this.displayName = displayName;
        this.expected = expected;
        this.limits = limits;
        this.yaml = new YamlNodeProperties(limits);
    }

    /**
     * True for the files kijun reads as facts in a directory: {@code .yaml}, {@code .yml} and {@code .json}, except
     * schemas kept beside the facts for editors ({@code *.schema.json}, as {@code kijun init} writes).
     */
    public static boolean isFactFile(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        if (name.endsWith(".schema.json") || name.endsWith(".schema.yaml")) {
            return false;
        }
        return name.endsWith(".yaml") || name.endsWith(".yml") || name.endsWith(".json");
    }

    /** Reads one file within the default limits; see {@link #read(Path, String, String, InputLimits)}. */
    public static LocatedDocument read(Path file, String displayName) throws InvalidInputException {
        return read(file, displayName, "a YAML or JSON file", InputLimits.defaults());
    }

    /**
     * Reads one file: JSON when its name ends in {@code .json}, YAML otherwise.
     *
     * @param file        the file to read
     * @param displayName how the file is named in problems and reports
     * @param expected    what the file should be, for problems: "a waivers file"
     * @throws InvalidInputException with one problem per syntax error, duplicate key, refused tag or limit reached
     */
    public static LocatedDocument read(Path file, String displayName, String expected, InputLimits limits)
            throws InvalidInputException {
        InputText text = InputText.read(file, displayName, expected, limits);
        return read(text, isJson(file), expected, limits);
    }

    /** Reads text that was already checked by {@link InputText}; {@code expected} is what an empty file lacks. */
    public static LocatedDocument read(InputText text, boolean json, String expected, InputLimits limits)
            throws InvalidInputException {
        return new LocatedTreeReader(text.name(), expected, limits).parse(text.text(), json);
    }

    /** Reads YAML (or JSON, when {@code json}) text that does not come from a file of its own. */
    public static LocatedDocument read(String text, String displayName, boolean json) throws InvalidInputException {
        return read(InputText.of(displayName, text), json, "YAML or JSON content", InputLimits.defaults());
    }

    static boolean isJson(Path file) {
        return file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".json");
    }

    private LocatedDocument parse(String text, boolean json) throws InvalidInputException {
        JsonFactory factory = json ? limits.jsonFactory() : limits.yamlFactory();
        JsonNode root;
        long rootPosition;
        try (JsonParser parser = factory.createParser(text)) {
            try {
                if (parser.nextToken() == null) {
                    throw new InvalidInputException(new InputProblem(Source.ofFile(displayName),
                            "the file is empty; expected " + expected));
                }
                rootPosition = position(parser.currentTokenLocation());
                root = readValue(parser);
                if (parser.nextToken() != null) {
                    problems.add(new InputProblem(here(parser.currentTokenLocation()), json
                            ? "more content after the end of the JSON value; expected one value per file"
                            : "a second YAML document starts here; expected one document per file"));
                }
            } catch (LimitReachedException e) {
                throw new InvalidInputException(e.problem());
            } catch (StreamConstraintsException e) {
                throw new InvalidInputException(new InputProblem(here(parser.currentLocation()), constraint(e)));
            }
        } catch (JsonProcessingException e) {
            throw new InvalidInputException(syntaxProblem(e));
        } catch (YAMLException e) {
            throw new InvalidInputException(new InputProblem(Source.ofFile(displayName),
                    "cannot be read as YAML: " + firstLine(e.getMessage())));
        } catch (IOException e) {
            throw new InvalidInputException(new InputProblem(Source.ofFile(displayName),
                    "cannot read the file: " + e.getMessage()));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        return new LocatedDocument(displayName, root, rootPosition, childPositions);
    }

    private JsonNode readValue(JsonParser parser) throws IOException {
        JsonToken token = parser.currentToken();
        Source source = here(parser.currentTokenLocation());
        if (parser instanceof YAMLParser yamlParser) {
            if (yamlParser.isCurrentAlias()) {
                return expand(yamlParser.getText(), source);
            }
            yaml.tagProblem(yamlParser.getTypeId(), source).ifPresent(problems::add);
        }
        String anchor = parser instanceof YAMLParser yamlParser ? yamlParser.getObjectId() : null;
        int before = values;
        count(1, source);
        JsonNode node = switch (token) {
            case START_OBJECT -> readObject(parser);
            case START_ARRAY -> readArray(parser, source);
            case VALUE_STRING -> NODES.textNode(string(parser.getText(), source));
            case VALUE_NUMBER_INT -> switch (parser.getNumberType()) {
                case INT -> NODES.numberNode(parser.getIntValue());
                case LONG -> NODES.numberNode(parser.getLongValue());
                default -> NODES.numberNode(parser.getBigIntegerValue());
            };
            case VALUE_NUMBER_FLOAT -> decimal(parser, source);
            case VALUE_TRUE -> NODES.booleanNode(true);
            case VALUE_FALSE -> NODES.booleanNode(false);
            case VALUE_NULL -> NODES.nullNode();
            default -> NODES.textNode(string(parser.getText(), source));
        };
        if (anchor != null) {
            yaml.anchor(anchor, node, values - before);
        }
        return node;
    }

    /** YAML's {@code .inf} and {@code .nan} are floats without a decimal value: no fact is infinite. */
    private JsonNode decimal(JsonParser parser, Source source) throws IOException {
        try {
            return NODES.numberNode(parser.getDecimalValue());
        } catch (JsonProcessingException | NumberFormatException e) {
            problems.add(new InputProblem(source, "'" + parser.getText() + "' is not a finite number; expected a number "
                    + "such as 2.5"));
            return NODES.nullNode();
        }
    }

    private JsonNode expand(String alias, Source source) throws IOException {
        YamlNodeProperties.Anchored anchored = yaml.alias(alias, source);
        if (anchored == null) {
            // Jackson's YAML parser reports the anchors of lists and mappings, not of single values
            problems.add(new InputProblem(source, "alias *" + alias + " refers to no anchored list or mapping before "
                    + "it; expected the value written out, or &" + alias + " on a list or mapping before the alias"));
            return NODES.nullNode();
        }
        count(anchored.size(), source);
        return anchored.node().deepCopy();
    }

    private ObjectNode readObject(JsonParser parser) throws IOException {
        ObjectNode object = NODES.objectNode();
        Positions keys = new Positions();
        int entries = 0;
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
            String name = parser.currentName();
            long key = position(parser.currentTokenLocation());
            Source keySource = new Source(displayName, line(key), column(key));
            string(name, keySource);
            entries = entry(entries, keySource);
            parser.nextToken();
            if (name.equals("<<") && parser instanceof YAMLParser) {
                problems.add(new InputProblem(keySource, "YAML merge keys (<<) are not supported; expected the fields "
                        + "written out"));
            }
            if (object.has(name)) {
                problems.add(new InputProblem(keySource, "duplicate key '" + name
                        + "' in one mapping (first at line " + line(keys.get(indexOf(object, name)))
                        + "); expected each key once"));
                readValue(parser);
                continue;
            }
            keys.add(key);
            object.set(name, readValue(parser));
        }
        childPositions.put(object, keys.toArray());
        return object;
    }

    private ArrayNode readArray(JsonParser parser, Source source) throws IOException {
        ArrayNode array = NODES.arrayNode();
        Positions items = new Positions();
        while (parser.nextToken() != JsonToken.END_ARRAY) {
            entry(array.size(), source);
            items.add(position(parser.currentTokenLocation()));
            array.add(readValue(parser));
        }
        childPositions.put(array, items.toArray());
        return array;
    }

    private static int indexOf(ObjectNode object, String name) {
        int index = 0;
        for (java.util.Iterator<String> names = object.fieldNames(); names.hasNext(); index++) {
            if (names.next().equals(name)) {
                return index;
            }
        }
        return -1;
    }

    private static long position(JsonLocation location) {
        return LocatedDocument.position(location.getLineNr(), location.getColumnNr());
    }

    private static int line(long position) {
        return (int) (position >>> 32);
    }

    private static int column(long position) {
        return (int) position;
    }

    /** A growable list of packed positions. */
    private static final class Positions {
        private long[] values = new long[8];
        private int size;

        void add(long position) {
            if (size == values.length) {
                values = java.util.Arrays.copyOf(values, size * 2);
            }
            values[size++] = position;
        }

        long get(int index) {
            return values[index];
        }

        long[] toArray() {
            return java.util.Arrays.copyOf(values, size);
        }
    }

    /** Counts one more entry of a list or mapping, stopping at the limit. */
    private int entry(int entries, Source source) throws LimitReachedException {
        if (entries >= limits.collectionSize()) {
            throw new LimitReachedException(new InputProblem(source, limits.exceeded(
                    "a list or mapping with more than " + limits.collectionSize() + " entries", "collectionSize")));
        }
        return entries + 1;
    }

    private void count(int more, Source source) throws LimitReachedException {
        values += more;
        if (values > limits.values()) {
            throw new LimitReachedException(new InputProblem(source, limits.exceeded(
                    "more than " + limits.values() + " values in the file", "values")));
        }
    }

    /** Jackson checks the length of JSON strings; YAML scalars arrive whole, and are checked here. */
    private String string(String text, Source source) throws LimitReachedException {
        if (text.length() > limits.stringLength()) {
            throw new LimitReachedException(new InputProblem(source, limits.exceeded(
                    "a string of " + text.length() + " characters", "stringLength")));
        }
        return text;
    }

    private String constraint(StreamConstraintsException e) {
        String message = String.valueOf(e.getMessage());
        if (message.contains("NestingDepth")) {
            return limits.exceeded("lists and mappings nested more than " + limits.depth() + " deep", "depth");
        }
        if (message.contains("StringLength") || message.contains("NameLength")) {
            return limits.exceeded("a string longer than " + limits.stringLength() + " characters", "stringLength");
        }
        if (message.contains("DocumentLength")) {
            return limits.exceeded("the text is longer than " + limits.fileSize() + " characters", "fileSize");
        }
        if (message.contains("TokenCount")) {
            return limits.exceeded("more than " + limits.values() + " values in the file", "values");
        }
        if (message.contains("NumberLength")) {
            return "a number with more than 1000 digits; expected a number of reasonable size";
        }
        return "too large to read: " + firstLine(message);
    }

    private Source here(JsonLocation location) {
        return location == null ? Source.ofFile(displayName)
                : new Source(displayName, location.getLineNr(), location.getColumnNr());
    }

    private InputProblem syntaxProblem(JsonProcessingException e) {
        if (e.getCause() instanceof MarkedYAMLException marked && marked.getProblemMark() != null) {
            Mark mark = marked.getProblemMark();
            String problem = marked.getProblem() == null ? "unreadable YAML" : marked.getProblem();
            String context = marked.getContext() == null ? "" : " " + marked.getContext();
            return new InputProblem(new Source(displayName, mark.getLine() + 1, mark.getColumn() + 1),
                    "syntax error" + context + ": " + problem);
        }
        JsonLocation location = e.getLocation();
        Source source = location == null ? Source.ofFile(displayName) : here(location);
        String message = e.getOriginalMessage();
        if (e instanceof JsonEOFException) {
            message = "the file ends in the middle of a value; expected the rest of it";
        } else if (message != null && message.startsWith("Expected a field name (Scalar value in YAML)")) {
            message = "a key that is a list or mapping; expected a plain name as key";
        } else if (message != null && message.contains("maybe a (non-standard) comment?")) {
            message = "a comment; JSON has none: expected plain JSON (or write the file in YAML, which has # comments)";
        }
        return new InputProblem(source, "syntax error: " + firstLine(message));
    }

    private static String firstLine(String message) {
        if (message == null) {
            return "unreadable input";
        }
        String trimmed = message.strip();
        int newline = trimmed.indexOf('\n');
        return newline < 0 ? trimmed : trimmed.substring(0, newline).strip();
    }

    /** Escapes a key for use in a JSON Pointer (RFC 6901). */
    public static String escape(String key) {
        return key.replace("~", "~0").replace("/", "~1");
    }
}
