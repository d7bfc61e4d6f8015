package jp.kijun.facts;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import com.networknt.schema.Error;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Loads facts from any number of YAML or JSON files and directories (read recursively, in name order):
 * parses with locations, validates against the fact schema, binds entries to records, and checks that ids
 * are unique in their section and that every reference resolves. Every problem in every file is reported
 * at once, one located line each.
 */
public final class FactLoader {

    private static final ObjectMapper BINDER = JsonMapper.builder()
            .addModule(new JavaTimeModule())
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .disable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .build();

    private final FactSchema schema;
    private final List<InputProblem> problems = new ArrayList<>();

    public FactLoader(FactSchema schema) {
        this.schema = schema;
    }

    public FactLoader() {
        this(FactSchema.shipped());
    }

    /**
     * Loads every fact file under the given paths.
     *
     * @throws InvalidInputException listing every problem found, sorted by location
     */
    public FactSet load(List<Path> paths) throws InvalidInputException {
        List<Path> files = expand(paths);
        // Files are read and validated in parallel (they are independent), then bound in name order.
        List<ReadFile> read = files.parallelStream().map(this::readAndValidate).toList();
        List<LocatedDocument> documents = new ArrayList<>();
        List<InputFile> inputs = new ArrayList<>();
        Set<String> invalidEntries = new java.util.HashSet<>();
        List<InputProblem> invalid = new ArrayList<>();
        for (ReadFile file : read) {
            problems.addAll(file.syntaxProblems());
            if (file.input() != null) {
                inputs.add(file.input());
            }
            if (file.document() != null) {
                documents.add(file.document());
                invalid.addAll(file.schemaProblems());
                invalidEntries.addAll(file.invalidEntries());
            }
        }
        failIfProblems();
        problems.addAll(invalid);
        FactSet facts = bind(documents, inputs, invalidEntries);
        failIfProblems();
        return facts;
    }

    /**
     * One file, read and validated: its digest, its tree when it is a mapping of sections, problems of syntax and
     * shape (which stop the load before any schema problem is reported) and schema problems with the entries they
     * make invalid ({@code file#/section/index}).
     */
    private record ReadFile(InputFile input, LocatedDocument document, List<InputProblem> syntaxProblems,
                            List<InputProblem> schemaProblems, Set<String> invalidEntries) {
    }

    private ReadFile readAndValidate(Path file) {
        String name = display(file);
        LocatedDocument document;
        try {
            document = LocatedTreeReader.read(file, name);
        } catch (InvalidInputException e) {
            return new ReadFile(null, null, e.problems(), List.of(), Set.of());
        }
        InputFile input = new InputFile(name, sha256(file));
        if (!document.root().isObject()) {
            return new ReadFile(input, null, List.of(new InputProblem(document.locate(""),
                    "expected a mapping of fact sections (such as 'systems:' or 'documents:') at the top of the file")),
                    List.of(), Set.of());
        }
        List<InputProblem> schemaProblems = new ArrayList<>();
        Set<String> invalidEntries = new java.util.HashSet<>();
        for (Error error : schema.schema().errors(document.root())) {
            invalidEntries.add(document.file() + "#" + entryOf(error.getInstanceLocation().toString()));
            schemaProblems.add(schema.schema().problem(document, error));
        }
        return new ReadFile(input, document, List.of(), schemaProblems, invalidEntries);
    }

    private List<Path> expand(List<Path> paths) {
        Set<Path> files = new LinkedHashSet<>();
        for (Path path : paths) {
            if (Files.isDirectory(path)) {
                try (Stream<Path> walk = Files.walk(path)) {
                    walk.filter(Files::isRegularFile).filter(LocatedTreeReader::isFactFile).sorted().forEach(files::add);
                } catch (IOException | java.io.UncheckedIOException e) {
                    problems.add(new InputProblem(Source.ofFile(path.toString()),
                            "cannot read the directory: " + e.getMessage()));
                }
            } else if (Files.isRegularFile(path)) {
                files.add(path);
            } else {
                problems.add(new InputProblem(Source.ofFile(path.toString()),
                        "no such file or directory; expected a facts file (.yaml, .yml, .json) or a directory of them"));
            }
        }
        if (files.isEmpty() && problems.isEmpty()) {
            problems.add(new InputProblem(Source.ofFile(String.join(", ", paths.stream().map(Path::toString).toList())),
                    "no facts files found; expected .yaml, .yml or .json files"));
        }
        return List.copyOf(files);
    }

    /** The pointer of the section entry that contains {@code pointer}: {@code /accounts/3/system} → {@code /accounts/3}. */
    private static String entryOf(String pointer) {
        String[] parts = pointer.split("/", 4);
        return parts.length >= 3 ? "/" + parts[1] + "/" + parts[2] : pointer;
    }

    private FactSet bind(List<LocatedDocument> documents, List<InputFile> inputs, Set<String> invalidEntries) {
        List<Object> facts = new ArrayList<>();
        Map<Object, FactOrigin> origins = new IdentityHashMap<>();
        Map<String, Map<String, Source>> idsBySection = new LinkedHashMap<>();
        Map<String, Integer> sectionCounts = new LinkedHashMap<>();
        Map<String, Source> sectionSources = new LinkedHashMap<>();
        Map<String, Source> singletons = new LinkedHashMap<>();
        for (LocatedDocument document : documents) {
            for (FactSection section : FactSections.all()) {
                JsonNode value = document.root().get(section.name());
                if (value == null) {
                    continue;
                }
                String pointer = "/" + section.name();
                sectionSources.putIfAbsent(section.name(), document.locate(pointer));
                if (section.list()) {
                    sectionCounts.merge(section.name(), value.size(), Integer::sum);
                    for (int i = 0; i < value.size(); i++) {
                        String entryPointer = pointer + "/" + i;
                        Source source = document.locate(entryPointer);
                        if (!invalidEntries.isEmpty() && invalidEntries.contains(document.file() + "#" + entryPointer)) {
                            JsonNode id = value.get(i).get("id");
                            if (id != null && id.isTextual()) {
                                idsBySection.computeIfAbsent(section.name(), k -> new LinkedHashMap<>())
                                        .putIfAbsent(id.asText(), source);
                            }
                            continue;
                        }
                        Object fact = bindEntry(value.get(i), section, source);
                        if (fact == null) {
                            continue;
                        }
                        String id = ((Entity) fact).id();
                        Source first = idsBySection.computeIfAbsent(section.name(), k -> new LinkedHashMap<>())
                                .putIfAbsent(id, source);
                        if (first != null) {
                            problems.add(new InputProblem(document.locate(entryPointer + "/id"), "duplicate id '" + id
                                    + "' in " + section.name() + " (first at " + first.fileAndLine()
                                    + "); expected ids unique within a section"));
                            continue;
                        }
                        facts.add(fact);
                        origins.put(fact, new FactOrigin(section.typeName(), id, source));
                    }
                } else {
                    Source source = document.locate(pointer);
                    Source first = singletons.putIfAbsent(section.name(), source);
                    if (first != null) {
                        problems.add(new InputProblem(source, "'" + section.name() + "' is given twice (first at "
                                + first.fileAndLine() + "); expected it in one file only"));
                        continue;
                    }
                    sectionCounts.put(section.name(), 1);
                    if (invalidEntries.stream().anyMatch(entry -> entry.equals(document.file() + "#" + pointer)
                            || entry.startsWith(document.file() + "#" + pointer + "/"))) {
                        continue;
                    }
                    Object fact = bindEntry(value, section, source);
                    if (fact != null) {
                        facts.add(fact);
                        origins.put(fact, new FactOrigin(section.typeName(), section.name(), source));
                    }
                }
            }
        }
        Map<String, Set<String>> ids = new LinkedHashMap<>();
        idsBySection.forEach((section, entries) -> ids.put(section, entries.keySet()));
        ReferenceChecker references = new ReferenceChecker(schema, ids, problems);
        documents.forEach(references::check);
        sectionCounts.forEach((section, count) -> {
            SectionPresence presence = new SectionPresence(section, count);
            facts.add(presence);
            origins.put(presence, new FactOrigin("section", section, sectionSources.get(section)));
        });
        return new FactSet(facts, inputs, origins);
    }

    private Object bindEntry(JsonNode node, FactSection section, Source source) {
        try {
            return BINDER.treeToValue(node, section.recordType());
        } catch (IOException | IllegalArgumentException e) {
            problems.add(new InputProblem(source, "cannot read this " + section.typeName() + ": " + e.getMessage()));
            return null;
        }
    }

    private void failIfProblems() throws InvalidInputException {
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
    }

    private static String display(Path file) {
        Path normal = file.normalize();
        return normal.toString().replace('\\', '/');
    }

    private static String sha256(Path file) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(digest.digest(Files.readAllBytes(file)));
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is not available", e);
        }
    }
}
