package jp.kijun.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Valid facts, mutated at random — an entry deleted, a value retyped, a line or an entry duplicated, the file
 * truncated, text or bytes injected — are either evaluated (exit 0 or 1) or refused as input (exit 2, one located
 * line per problem); never an internal error (exit 3), never a stack trace.
 */
class MutatedFactsPropertyTest {

    private static final List<Path> EXAMPLES = List.of(Path.of("examples", "aoba-power"),
            Path.of("features", "organisations", "model-utility"));
    private static final ObjectMapper YAML = JsonMapper.builder(new YAMLFactory()).build();
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    /** A problem line: {@code file:line:column: …}, {@code file:line: …} or {@code file: …}; or kijun's own summary. */
    private static final Pattern PROBLEM_LINE = Pattern.compile("^(kijun: .+|[^\\s:][^:]*(:\\d+(:\\d+)?)?: .+)$");
    private static final List<JsonNode> REPLACEMENTS = List.of(NODES.textNode("x"), NODES.textNode(""),
            NODES.numberNode(0), NODES.numberNode(-1), NODES.numberNode(2_147_483_648L), NODES.numberNode(1.5),
            NODES.booleanNode(true), NODES.nullNode(), NODES.arrayNode(), NODES.objectNode(),
            NODES.arrayNode().add("a"), NODES.objectNode().put("a", 1), NODES.textNode("2026-02-30"),
            NODES.textNode("p-does-not-exist"), NODES.textNode("山".repeat(5000)));
    private static final List<String> SNIPPETS = List.of("\t", "\u0000", "\uFEFF", ": ", "- ", "---\n", "&a ", "*a",
            "!!java.net.URL ", "!foo ", "<<: *a\n", "{", "[", "\"", "'", "#", "\n  - id: x\n", "? ", "|", ">",
            "%YAML 1.2\n", "@", "`", "9999999999999999999999", ".inf", "~", "2026-02-30", "\r", "\u2028", "\u0085",
            "\uD800", "\n\n\n", " ", "  ", "\ndocuments: 1\n", "id: ", "null", "\\");

    enum Kind { DELETE, RETYPE, DUPLICATE_ENTRY, DUPLICATE_LINE, TRUNCATE, INJECT_TEXT, INJECT_BYTES }

    /** One mutation of one file of one example; numbers are taken modulo what they index. */
    record Mutation(int example, int file, Kind kind, int position, int choice, String text, byte[] bytes) {
        @Override
        public String toString() {
            return kind + " in example " + example + " file " + file + " at " + position + " (choice " + choice
                    + ", text " + text.codePoints().mapToObj(c -> String.format("U+%04X", c)).toList() + ")";
        }
    }

    @Provide
    Arbitrary<Mutation> mutations() {
        Arbitrary<String> text = Arbitraries.oneOf(Arbitraries.of(SNIPPETS),
                Arbitraries.strings().all().ofMinLength(1).ofMaxLength(12));
        Arbitrary<byte[]> bytes = Arbitraries.bytes().array(byte[].class).ofMinSize(1).ofMaxSize(4);
        return Combinators.combine(Arbitraries.integers().between(0, EXAMPLES.size() - 1),
                        Arbitraries.integers().greaterOrEqual(0), Arbitraries.of(Kind.class),
                        Arbitraries.integers().greaterOrEqual(0), Arbitraries.integers().greaterOrEqual(0), text, bytes)
                .as(Mutation::new);
    }

    @Property(tries = 300)
    void aMutatedFactsFileIsReportedOrRefusedNeverACrash(@ForAll("mutations") Mutation mutation) throws Exception {
        Path dir = Files.createTempDirectory("kijun-mutated-");
        try {
            copy(EXAMPLES.get(mutation.example()), dir);
            mutate(dir, mutation);
            StringWriter out = new StringWriter();
            StringWriter err = new StringWriter();
            int code = Kijun.run(new PrintWriter(out), new PrintWriter(err), "evaluate", dir.toString(),
                    "--as-of", "2026-04-01");
            String stderr = err.toString();
            assertTrue(code == 0 || code == 1 || code == 2, mutation + ": exit " + code + "\n" + stderr);
            assertFalse(stderr.contains("\tat ") || stderr.contains("internal error"), mutation + ": " + stderr);
            if (code == 2) {
                assertEquals("", out.toString(), mutation + ": nothing evaluated");
                assertFalse(stderr.isBlank(), mutation + ": an input error says what it is");
                stderr.lines().forEach(line -> assertTrue(PROBLEM_LINE.matcher(line).matches(),
                        mutation + ": not a located problem line: " + line));
            } else {
                assertFalse(out.toString().isBlank(), mutation + ": an evaluation reports");
            }
        } finally {
            delete(dir);
        }
    }

    private static void mutate(Path dir, Mutation mutation) throws IOException {
        List<Path> files;
        try (Stream<Path> list = Files.list(dir)) {
            files = list.filter(file -> file.toString().endsWith(".yaml")).sorted().toList();
        }
        Path file = files.get(mutation.file() % files.size());
        byte[] bytes = Files.readAllBytes(file);
        String text = new String(bytes, StandardCharsets.UTF_8);
        switch (mutation.kind()) {
            case TRUNCATE -> Files.write(file, slice(bytes, 0, mutation.position() % (bytes.length + 1)));
            case INJECT_BYTES -> {
                int at = mutation.position() % (bytes.length + 1);
                Files.write(file, concat(slice(bytes, 0, at), mutation.bytes(), slice(bytes, at, bytes.length)));
            }
            case INJECT_TEXT -> {
                int at = mutation.position() % (text.length() + 1);
                Files.write(file, (text.substring(0, at) + mutation.text() + text.substring(at)).getBytes(StandardCharsets.UTF_8));
            }
            case DUPLICATE_LINE -> {
                List<String> lines = new ArrayList<>(text.lines().toList());
                int at = mutation.position() % lines.size();
                lines.add(at, lines.get(at));
                Files.writeString(file, String.join("\n", lines) + "\n", StandardCharsets.UTF_8);
            }
            default -> Files.writeString(file, YAML.writeValueAsString(mutateTree(YAML.readTree(text), mutation)),
                    StandardCharsets.UTF_8);
        }
    }

    /** Deletes, retypes or duplicates one node of the tree, picked by the mutation's position. */
    private static JsonNode mutateTree(JsonNode root, Mutation mutation) {
        List<Map.Entry<JsonNode, Object>> places = new ArrayList<>();
        collect(root, places);
        if (places.isEmpty()) {
            return root;
        }
        Map.Entry<JsonNode, Object> place = places.get(mutation.position() % places.size());
        JsonNode parent = place.getKey();
        Object key = place.getValue();
        JsonNode replacement = REPLACEMENTS.get(mutation.choice() % REPLACEMENTS.size()).deepCopy();
        if (parent instanceof ObjectNode object) {
            String name = (String) key;
            switch (mutation.kind()) {
                case DELETE -> object.remove(name);
                case RETYPE -> object.set(name, replacement);
                default -> object.set(name + "Copy", object.get(name).deepCopy());
            }
        } else if (parent instanceof ArrayNode array) {
            int index = (Integer) key;
            switch (mutation.kind()) {
                case DELETE -> array.remove(index);
                case RETYPE -> array.set(index, replacement);
                default -> array.insert(index, array.get(index).deepCopy());
            }
        }
        return root;
    }

    private static void collect(JsonNode node, List<Map.Entry<JsonNode, Object>> places) {
        if (node instanceof ObjectNode object) {
            object.fieldNames().forEachRemaining(name -> {
                places.add(Map.entry(object, name));
                collect(object.get(name), places);
            });
        } else if (node instanceof ArrayNode array) {
            for (int i = 0; i < array.size(); i++) {
                places.add(Map.entry(array, i));
                collect(array.get(i), places);
            }
        }
    }

    private static byte[] slice(byte[] bytes, int from, int to) {
        byte[] part = new byte[to - from];
        System.arraycopy(bytes, from, part, 0, part.length);
        return part;
    }

    private static byte[] concat(byte[]... parts) {
        int length = 0;
        for (byte[] part : parts) {
            length += part.length;
        }
        byte[] all = new byte[length];
        int at = 0;
        for (byte[] part : parts) {
            System.arraycopy(part, 0, all, at, part.length);
            at += part.length;
        }
        return all;
    }

    private static void copy(Path from, Path to) throws IOException {
        try (Stream<Path> files = Files.list(from)) {
            for (Path file : files.filter(file -> file.toString().endsWith(".yaml")).toList()) {
                Files.copy(file, to.resolve(file.getFileName()));
            }
        }
    }

    private static void delete(Path dir) throws IOException {
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(file);
            }
        }
    }
}
