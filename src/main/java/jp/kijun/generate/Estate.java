package jp.kijun.generate;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A generated organisation: facts files by name, each a mapping of sections to their entries (or, for the
 * single-entry sections such as {@code organisation}, to the entry itself), in the order they are written.
 */
public final class Estate {

    private final Map<String, Map<String, Object>> files = new LinkedHashMap<>();
    private final Map<String, String> headers = new LinkedHashMap<>();

    /** The files, by name, in the order written. */
    public Map<String, Map<String, Object>> files() {
        return Collections.unmodifiableMap(files);
    }

    /** The comment that opens a file. */
    public String header(String file) {
        return headers.getOrDefault(file, "");
    }

    void file(String name, String header) {
        files.computeIfAbsent(name, k -> new LinkedHashMap<>());
        headers.put(name, header);
    }

    /** Adds an entry to a list section of a file. */
    void add(String file, String section, Fields entry) {
        @SuppressWarnings("unchecked")
        List<Object> entries = (List<Object>) files.get(file).computeIfAbsent(section, k -> new ArrayList<>());
        entries.add(entry.map());
    }

    /** Sets a single-entry section of a file. */
    void set(String file, String section, Fields entry) {
        files.get(file).put(section, entry.map());
    }

    /** Makes sure a list section is present, even if empty: an empty section says the organisation has none. */
    void list(String file, String section) {
        files.get(file).computeIfAbsent(section, k -> new ArrayList<>());
    }

    /** How many entries a list section holds across all files. */
    public int count(String section) {
        return files.values().stream()
                .map(sections -> sections.get(section))
                .filter(List.class::isInstance)
                .mapToInt(entries -> ((List<?>) entries).size())
                .sum();
    }
}
