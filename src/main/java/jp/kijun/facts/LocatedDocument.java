package jp.kijun.facts;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.Map;

/**
 * A parsed input file: its tree, and the location of every node by JSON Pointer
 * ({@code /accounts/3/system}), so that any problem found later can name file, line and column.
 */
public record LocatedDocument(String file, JsonNode root, Map<String, Source> locations) {

    /** The location of the node at {@code pointer}, or of its nearest ancestor that has one. */
    public Source locate(String pointer) {
        String path = pointer;
        while (true) {
            Source source = locations.get(path);
            if (source != null) {
                return source;
            }
            if (path.isEmpty()) {
                return Source.ofFile(file);
            }
            path = path.substring(0, path.lastIndexOf('/'));
        }
    }
}
