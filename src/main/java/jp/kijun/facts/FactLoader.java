package jp.kijun.facts;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;

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
    private final InputLimits limits;
    private final List<InputProblem> problems = new ArrayList<>();
    private final AtomicInteger entitiesRead = new AtomicInteger();
    private int entities;

    public FactLoader(FactSchema schema, InputLimits limits) {
        this.schema = schema;
        this.limits = limits;
    }

    /** A loader for the shipped schema within {@code limits}. */
    public FactLoader(InputLimits limits) {
        this(FactSchema.shipped(), limits);
    }

    /** A loader for the shipped schema within the default limits. */
    public FactLoader() {
        this(InputLimits.defaults());
    }

    /**
     * Loads every fact file under the given paths.
     *
     * @throws InvalidInputException listing every problem found, sorted by location
     */
    public FactSet load(List<Path> paths) throws InvalidInputException {
        List<Path> files = FactFiles.expand(paths, problems);
        List<ReadFile> read = InParallel.map(files, FactLoader::sizeOf, this::readAndValidate);
        List<ReadFile> documents = new ArrayList<>();
        List<InputFile> inputs = new ArrayList<>();
        List<InputProblem> schemaProblems = new ArrayList<>();
        for (ReadFile file : read) {
            problems.addAll(file.syntaxProblems());
            if (file.input() != null) {
                inputs.add(file.input());
            }
            if (file.document() != null) {
                documents.add(file);
                schemaProblems.addAll(file.schemaProblems());
                if (!withinEntityLimit(file.document())) {
                    break;
                }
            }
        }
        failIfProblems();
        problems.addAll(schemaProblems);
        documents.forEach(file -> problems.addAll(file.bindingProblems()));
        FactSet facts = bind(documents, inputs);
        failIfProblems();
        return facts;
    }

    /**
     * One file, read and validated: its digest, its tree when it is a mapping of sections, problems of reading and
     * shape (which stop the load before any schema problem is reported), schema problems with the entries they
     * make invalid ({@code file#/section/index}), and its valid entries bound to records by pointer
     * ({@code /accounts/3}), with the problems of binding the others. Binding happens here, file by file in
     * parallel, and is skipped once the files read so far hold more entities than the limit allows.
     */
    private record ReadFile(InputFile input, LocatedDocument document, List<InputProblem> syntaxProblems,
                            List<InputProblem> schemaProblems, Set<String> invalidEntries, Map<String, Bound> bound,
                            List<InputProblem> bindingProblems) {

        static ReadFile unreadable(InputFile input, List<InputProblem> problems) {
            return new ReadFile(input, null, problems, List.of(), Set.of(), Map.of(), List.of());
        }
    }

    private ReadFile readAndValidate(Path file) {
        String name = display(file);
        try {
            InputText text = InputText.read(file, name, FactFiles.EXPECTED, limits);
            LocatedDocument document = LocatedTreeReader.read(text, LocatedTreeReader.isJson(file),
                    "a mapping of fact sections such as 'systems:'", limits);
            InputFile input = new InputFile(name, text.sha256());
            if (!document.root().isObject()) {
                return ReadFile.unreadable(input, List.of(new InputProblem(document.locate(""),
                        "expected a mapping of fact sections (such as 'systems:' or 'documents:') at the top of the file")));
            }
            List<InputProblem> schemaProblems = new ArrayList<>();
            Set<String> invalidEntries = new HashSet<>();
            for (DocumentSchema.Found found : schema.schema().check(document)) {
                invalidEntries.add(document.file() + "#" + entryOf(found.pointer()));
                schemaProblems.add(found.problem());
            }
            Map<String, Bound> bound = new HashMap<>();
            List<InputProblem> bindingProblems = new ArrayList<>();
            if (entitiesRead.addAndGet(entries(document)) <= limits.entities()) {
                bindValidEntries(document, invalidEntries, bound, bindingProblems);
            }
            return new ReadFile(input, document, List.of(), schemaProblems, invalidEntries, bound, bindingProblems);
        } catch (InvalidInputException e) {
            return ReadFile.unreadable(null, e.problems());
        }
    }

    private void bindValidEntries(LocatedDocument document, Set<String> invalidEntries, Map<String, Bound> bound,
                                  List<InputProblem> bindingProblems) {
        for (FactSection section : FactSections.all()) {
            JsonNode value = document.root().get(section.name());
            if (value == null) {
                continue;
            }
            String pointer = "/" + section.name();
            if (!section.list()) {
                if (invalidEntries.stream().noneMatch(entry -> entry.equals(document.file() + "#" + pointer)
                        || entry.startsWith(document.file() + "#" + pointer + "/"))) {
                    bindEntry(value, section, document, pointer, bindingProblems).ifPresent(fact -> bound.put(pointer, fact));
                }
                continue;
            }
            if (!value.isArray()) {
                continue; // the schema says what the section should be
            }
            for (int i = 0; i < value.size(); i++) {
                String entryPointer = pointer + "/" + i;
                if (invalidEntries.isEmpty() || !invalidEntries.contains(document.file() + "#" + entryPointer)) {
                    bindEntry(value.get(i), section, document, entryPointer, bindingProblems)
                            .ifPresent(fact -> bound.put(entryPointer, fact));
                }
            }
        }
    }

    /** The section entries of a document: each entry of a list section, and each single-entry section. */
    private static int entries(LocatedDocument document) {
        int entries = 0;
        for (FactSection section : FactSections.all()) {
            JsonNode value = document.root().get(section.name());
            if (value != null) {
                entries += entriesOf(section, value);
            }
        }
        return entries;
    }

    private static long sizeOf(Path file) {
        try {
            return Files.size(file);
        } catch (IOException e) {
            return 0; // reading it says why it cannot be read
        }
    }

    private static int entriesOf(FactSection section, JsonNode value) {
        return section.list() && value.isArray() ? value.size() : 1;
    }

    /** Adds a document's section entries to those read so far; false (with the problem) past the entity limit. */
    private boolean withinEntityLimit(LocatedDocument document) {
        for (FactSection section : FactSections.all()) {
            JsonNode value = document.root().get(section.name());
            if (value == null) {
                continue;
            }
            int entries = entriesOf(section, value);
            if (entities + entries > limits.entities()) {
                String pointer = "/" + section.name() + (section.list() && value.isArray()
                        ? "/" + (limits.entities() - entities) : "");
                problems.add(new InputProblem(document.locate(pointer), limits.exceeded(
                        "more than " + limits.entities() + " entities in the facts files", "entities")));
                return false;
            }
            entities += entries;
        }
        return true;
    }

    /** The pointer of the section entry that contains {@code pointer}: {@code /accounts/3/system} → {@code /accounts/3}. */
    private static String entryOf(String pointer) {
        String[] parts = pointer.split("/", 4);
        return parts.length >= 3 ? "/" + parts[1] + "/" + parts[2] : pointer;
    }

    private FactSet bind(List<ReadFile> files, List<InputFile> inputs) {
        List<Object> facts = new ArrayList<>();
        Map<Object, FactOrigin> origins = new IdentityHashMap<>();
        Map<String, Map<String, Source>> idsBySection = new LinkedHashMap<>();
        Map<String, Integer> sectionCounts = new LinkedHashMap<>();
        Map<String, Source> sectionSources = new LinkedHashMap<>();
        Map<String, Source> singletons = new LinkedHashMap<>();
        for (ReadFile file : files) {
            LocatedDocument document = file.document();
            Set<String> invalidEntries = file.invalidEntries();
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
                        Bound entry = file.bound().get(entryPointer);
                        if (entry == null) {
                            continue;
                        }
                        Object fact = entry.fact();
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
                        FactOrigin origin = new FactOrigin(section.typeName(), id, source);
                        origins.put(fact, origin);
                        entry.nones(facts, origins, origin);
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
                    Bound entry = file.bound().get(pointer);
                    if (entry != null) {
                        facts.add(entry.fact());
                        FactOrigin origin = new FactOrigin(section.typeName(), section.name(), source);
                        origins.put(entry.fact(), origin);
                        entry.nones(facts, origins, origin);
                    }
                }
            }
        }
        Map<String, Set<String>> ids = new LinkedHashMap<>();
        idsBySection.forEach((section, entries) -> ids.put(section, entries.keySet()));
        ids.put(FactSections.PARTIES, partyIds(idsBySection));
        InParallel.map(files, file -> entries(file.document()),
                        file -> new ReferenceChecker(schema, ids).check(file.document()))
                .forEach(problems::addAll);
        sectionCounts.forEach((section, count) -> {
            SectionPresence presence = new SectionPresence(section, count);
            facts.add(presence);
            origins.put(presence, new FactOrigin("section", section, sectionSources.get(section)));
        });
        return new FactSet(facts, inputs, origins);
    }

    /**
     * The ids that {@code x-kijun-ref: parties} may name — those of people, roles, units, committees and governing
     * bodies — with a problem for an id that two of those sections use, which would leave a reference ambiguous.
     */
    private Set<String> partyIds(Map<String, Map<String, Source>> idsBySection) {
        Map<String, String> sectionOf = new LinkedHashMap<>();
        Map<String, Source> first = new LinkedHashMap<>();
        for (String section : FactSections.PARTY_SECTIONS) {
            idsBySection.getOrDefault(section, Map.of()).forEach((id, source) -> {
                String earlier = sectionOf.putIfAbsent(id, section);
                if (earlier == null) {
                    first.put(id, source);
                } else if (!earlier.equals(section)) {
                    problems.add(new InputProblem(source, "id '" + id + "' in " + section + " is also used in " + earlier
                            + " (at " + first.get(id).fileAndLine() + "); expected ids unique across "
                            + String.join(", ", FactSections.PARTY_SECTIONS) + ", which a party reference may name"));
                }
            });
        }
        return sectionOf.keySet();
    }

    /** An entry bound to its record, with the fields it records as none. */
    private record Bound(Object fact, List<String> noneFields) {

        /** Adds an {@link ExplicitNone} fact for each field recorded as none, cited where the entry is. */
        void nones(List<Object> facts, Map<Object, FactOrigin> origins, FactOrigin origin) {
            for (String field : noneFields) {
                ExplicitNone none = new ExplicitNone(fact, field);
                facts.add(none);
                origins.put(none, origin);
            }
        }
    }

    private Optional<Bound> bindEntry(JsonNode node, FactSection section, LocatedDocument document,
                                      String pointer, List<InputProblem> problems) {
        try {
            List<String> nones = new ArrayList<>();
            JsonNode bindable = ExplicitNones.take(schema, node, schema.sections().get(section.name()), section.list(), nones);
            Object fact = BINDER.treeToValue(bindable, section.recordType());
            return Optional.ofNullable(fact).map(bound -> new Bound(bound, nones));
        } catch (JsonMappingException e) {
            String field = pointer + BindingMessages.pointerOf(e);
            problems.add(new InputProblem(document.locate(field), FactPaths.display(field) + ": "
                    + BindingMessages.describe(e)));
            return Optional.empty();
        } catch (IOException | IllegalArgumentException e) {
            problems.add(new InputProblem(document.locate(pointer), "cannot read this " + section.typeName() + ": "
                    + e.getMessage().lines().findFirst().orElse("")));
            return Optional.empty();
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
}
