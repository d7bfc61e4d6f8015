package jp.kijun.facts;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.Iterator;
import java.util.Map;

/**
 * A parsed input file: its tree, and where in the file each node starts, so that any problem found later can name
 * file, line and column. Positions are kept per container — the keys of each mapping, the items of each list — not
 * per pointer, so that a file of a hundred thousand accounts does not also hold a million location strings.
 */
public final class LocatedDocument {

    private final String file;
    private final JsonNode root;
    private final long rootPosition;
    private final Map<JsonNode, long[]> childPositions;

    /**
     * @param childPositions for each mapping, the positions of its keys in field order; for each list, the
     *                       positions of its items (by identity of the container node; see {@link #position})
     */
    LocatedDocument(String file, JsonNode root, long rootPosition, Map<JsonNode, long[]> childPositions) {
        this.file = file;
        this.root = root;
        this.rootPosition = rootPosition;
        this.childPositions = childPositions;
    }

    /** A line and a column packed into one value. */
    static long position(int line, int column) {
        return ((long) line << 32) | (column & 0xffffffffL);
    }

    public String file() {
        return file;
    }

    public JsonNode root() {
        return root;
    }

    /**
     * The location of the node at {@code pointer} (a JSON Pointer such as {@code /accounts/3/system}): of its key in
     * a mapping, of the item in a list; or of its nearest ancestor that exists.
     */
    public Source locate(String pointer) {
        JsonNode node = root;
        long found = rootPosition;
        if (!pointer.isEmpty()) {
            for (String segment : pointer.substring(1).split("/", -1)) {
                long[] positions = node == null ? null : childPositions.get(node);
                if (positions == null) {
                    break;
                }
                int index = node.isArray() ? itemIndex(segment, node.size()) : fieldIndex(node, unescape(segment));
                if (index < 0 || index >= positions.length) {
                    break;
                }
                found = positions[index];
                node = node.isArray() ? node.get(index) : node.get(unescape(segment));
            }
        }
        return new Source(file, (int) (found >>> 32), (int) found);
    }

    private static int itemIndex(String segment, int size) {
        try {
            int index = Integer.parseInt(segment);
            return index < size ? index : -1;
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    private static int fieldIndex(JsonNode object, String name) {
        int index = 0;
        for (Iterator<String> names = object.fieldNames(); names.hasNext(); index++) {
            if (names.next().equals(name)) {
                return index;
            }
        }
        return -1;
    }

    private static String unescape(String segment) {
        return segment.replace("~1", "/").replace("~0", "~");
    }
}
