package jp.kijun.facts;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.io.JsonEOFException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Reads a YAML or JSON file into a tree while recording the line and column of every node.
 * Duplicate keys in one mapping are reported, not silently overwritten.
 */
public final class LocatedTreeReader {

    private static final JsonFactory JSON = new JsonFactory();
    /**
     * SnakeYAML refuses documents over 3 MB by default; the accounts of a large operator are larger than that.
     * Facts are the organisation's own files, so the limit only guards against runaway input.
     */
    static final int YAML_CODE_POINT_LIMIT = 256 * 1024 * 1024;
    private static final YAMLFactory YAML = yamlFactory();
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private static YAMLFactory yamlFactory() {
        org.yaml.snakeyaml.LoaderOptions options = new org.yaml.snakeyaml.LoaderOptions();
        options.setCodePointLimit(YAML_CODE_POINT_LIMIT);
        return YAMLFactory.builder().loaderOptions(options).build();
    }

    private final String displayName;
    private final Map<JsonNode, long[]> childPositions = new IdentityHashMap<>();
    private final List<InputProblem> problems = new ArrayList<>();

    private LocatedTreeReader(String displayName) {
        this.displayName = displayName;
    }

    /** True for the extensions kijun reads as facts: {@code .yaml}, {@code .yml}, {@code .json}. */
    public static boolean isFactFile(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        return name.endsWith(".yaml") || name.endsWith(".yml") || name.endsWith(".json");
    }

    /**
     * Reads one file.
     *
     * @param file        the file to read
     * @param displayName how the file is named in problems and reports
     * @throws InvalidInputException with one problem per syntax error or duplicate key
     */
    public static LocatedDocument read(Path file, String displayName) throws InvalidInputException {
        boolean json = file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".json");
        try (InputStream in = Files.newInputStream(file)) {
            return read(in, displayName, json);
        } catch (IOException e) {
            throw new InvalidInputException(new InputProblem(Source.ofFile(displayName),
                    "cannot read the file: " + e.getMessage()));
        }
    }

    /** Reads YAML (or JSON, when {@code json}) text that does not come from a file of its own. */
    public static LocatedDocument read(String text, String displayName, boolean json) throws InvalidInputException {
        try (InputStream in = new java.io.ByteArrayInputStream(text.getBytes(java.nio.charset.StandardCharsets.UTF_8))) {
            return read(in, displayName, json);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static LocatedDocument read(InputStream in, String displayName, boolean json) throws InvalidInputException {
        LocatedTreeReader reader = new LocatedTreeReader(displayName);
        JsonFactory factory = json ? JSON : YAML;
        JsonNode root;
        long rootPosition;
        try (JsonParser parser = factory.createParser(in)) {
            JsonToken first = parser.nextToken();
            if (first == null) {
                throw new InvalidInputException(new InputProblem(Source.ofFile(displayName),
                        "the file is empty; expected a mapping such as 'systems:'"));
            }
            rootPosition = position(parser.currentTokenLocation());
            root = reader.readValue(parser);
        } catch (JsonProcessingException e) {
            throw new InvalidInputException(reader.syntaxProblem(e));
        } catch (IOException e) {
            throw new InvalidInputException(new InputProblem(Source.ofFile(displayName),
                    "cannot read the file: " + e.getMessage()));
        }
        if (!reader.problems.isEmpty()) {
            throw new InvalidInputException(reader.problems);
        }
        return new LocatedDocument(displayName, root, rootPosition, reader.childPositions);
    }

    private JsonNode readValue(JsonParser parser) throws IOException {
        JsonToken token = parser.currentToken();
        return switch (token) {
            case START_OBJECT -> readObject(parser);
            case START_ARRAY -> readArray(parser);
            case VALUE_STRING -> NODES.textNode(parser.getText());
            case VALUE_NUMBER_INT -> switch (parser.getNumberType()) {
                case INT -> NODES.numberNode(parser.getIntValue());
                case LONG -> NODES.numberNode(parser.getLongValue());
                default -> NODES.numberNode(parser.getBigIntegerValue());
            };
            case VALUE_NUMBER_FLOAT -> NODES.numberNode(parser.getDecimalValue());
            case VALUE_TRUE -> NODES.booleanNode(true);
            case VALUE_FALSE -> NODES.booleanNode(false);
            case VALUE_NULL -> NODES.nullNode();
            default -> NODES.textNode(parser.getText());
        };
    }

    private ObjectNode readObject(JsonParser parser) throws IOException {
        ObjectNode object = NODES.objectNode();
        Positions keys = new Positions();
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
            String name = parser.currentName();
            long key = position(parser.currentTokenLocation());
            parser.nextToken();
            if (object.has(name)) {
                problems.add(new InputProblem(new Source(displayName, line(key), column(key)), "duplicate key '" + name
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

    private ArrayNode readArray(JsonParser parser) throws IOException {
        ArrayNode array = NODES.arrayNode();
        Positions items = new Positions();
        while (parser.nextToken() != JsonToken.END_ARRAY) {
            items.add(position(parser.currentTokenLocation()));
            array.add(readValue(parser));
        }
        childPositions.put(array, items.toArray());
        return array;
    }

    private static int indexOf(ObjectNode object, String name) {
        int index = 0;
        for (var names = object.fieldNames(); names.hasNext(); index++) {
            if (names.next().equals(name)) {
                return index;
            }
        }
        throw new IllegalStateException("no field " + name);
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

    private Source here(JsonLocation location) {
        return new Source(displayName, location.getLineNr(), location.getColumnNr());
    }

    private InputProblem syntaxProblem(JsonProcessingException e) {
        if (e.getCause() instanceof MarkedYAMLException yaml && yaml.getProblemMark() != null) {
            Mark mark = yaml.getProblemMark();
            String problem = yaml.getProblem() == null ? "unreadable YAML" : yaml.getProblem();
            return new InputProblem(new Source(displayName, mark.getLine() + 1, mark.getColumn() + 1),
                    "syntax error: " + problem);
        }
        JsonLocation location = e.getLocation();
        Source source = location == null ? Source.ofFile(displayName) : here(location);
        String message = e.getOriginalMessage();
        if (e instanceof JsonEOFException) {
            message = "the file ends in the middle of a value; expected the rest of it";
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
