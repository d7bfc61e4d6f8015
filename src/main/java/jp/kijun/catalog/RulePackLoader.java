package jp.kijun.catalog;

import com.fasterxml.jackson.databind.JsonNode;
import jp.kijun.facts.DocumentSchema;
import jp.kijun.facts.InputProblem;
import jp.kijun.facts.InvalidInputException;
import jp.kijun.facts.LocatedDocument;
import jp.kijun.facts.LocatedTreeReader;
import jp.kijun.facts.Source;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Reads a rule pack folder: {@code kijun-pack.yaml}, {@code catalog/*.yaml}, an optional {@code parameters.yaml},
 * {@code rules/**.drl} and {@code features/}. Every problem is a located input error: a manifest or catalog that
 * breaks its schema, a control outside the pack's namespace or defined twice, a refined item that is not in the
 * guideline, a kijun version outside the pack's range.
 */
public final class RulePackLoader {

    public static final String MANIFEST = "kijun-pack.yaml";
    private static final DocumentSchema MANIFEST_SCHEMA = DocumentSchema.resource("kijun/schema/pack.schema.yaml");
    private static final DocumentSchema CATALOG_SCHEMA = DocumentSchema.resource("kijun/schema/pack-catalog.schema.yaml");

    private final Catalog guideline;

    public RulePackLoader(Catalog guideline) {
        this.guideline = guideline;
    }

    public static DocumentSchema manifestSchema() {
        return MANIFEST_SCHEMA;
    }

    public static DocumentSchema catalogSchema() {
        return CATALOG_SCHEMA;
    }

    /** Loads every pack; two packs with the same id or namespace are an input error. */
    public List<RulePack> load(List<Path> directories) throws InvalidInputException {
        List<RulePack> packs = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (Path directory : directories) {
            RulePack pack = load(directory);
            if (!seen.add(pack.id()) || !seen.add(pack.namespace())) {
                throw new InvalidInputException(new InputProblem(Source.ofFile(directory.resolve(MANIFEST).toString()),
                        "pack " + pack.id() + " (" + pack.namespace() + ") is given twice, or its namespace is another pack's"));
            }
            packs.add(pack);
        }
        return packs;
    }

    public RulePack load(Path directory) throws InvalidInputException {
        Path manifestFile = directory.resolve(MANIFEST);
        if (!Files.isRegularFile(manifestFile)) {
            throw new InvalidInputException(new InputProblem(Source.ofFile(directory.toString()),
                    "not a rule pack: expected " + MANIFEST + " in it (kijun new control ID --pack DIR starts one)"));
        }
        LocatedDocument manifest = LocatedTreeReader.read(manifestFile, manifestFile.toString());
        failIf(MANIFEST_SCHEMA.validate(manifest));
        JsonNode root = manifest.root();
        String namespace = root.get("namespace").asText();
        String range = root.get("kijun").asText();
        if (!KijunVersion.satisfies(KijunVersion.version(), range)) {
            throw new InvalidInputException(new InputProblem(manifest.locate("/kijun"), "pack " + root.get("id").asText()
                    + " works with kijun " + range + ", not with this kijun " + KijunVersion.version()));
        }
        Text description = new Text(root.path("description").path("ja").asText(),
                root.path("description").path("en").asText(null));
        Measure measure = catalog(directory, namespace, description);
        return new RulePack(root.get("id").asText(), root.get("version").asText(), namespace, description, range,
                directory, measure, parameters(directory), drlFiles(directory), directory.resolve("features"));
    }

    private Measure catalog(Path directory, String namespace, Text description) throws InvalidInputException {
        List<Item> items = new ArrayList<>();
        Text title = description;
        Text intro = null;
        Tier tier = Tier.CONSIDER;
        List<InputProblem> problems = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        for (Path file : yamlFiles(directory.resolve("catalog"))) {
            LocatedDocument document = LocatedTreeReader.read(file, file.toString());
            List<InputProblem> invalid = CATALOG_SCHEMA.validate(document);
            if (!invalid.isEmpty()) {
                problems.addAll(invalid);
                continue;
            }
            JsonNode root = document.root();
            if (!root.get("id").asText().equals(namespace)) {
                problems.add(new InputProblem(document.locate("/id"), "'" + root.get("id").asText()
                        + "' is not the pack's namespace; expected " + namespace + " as in " + MANIFEST));
            }
            title = text(root.get("title"));
            intro = root.has("intro") ? text(root.get("intro")) : intro;
            tier = Tier.of(root.get("tier").asText());
            JsonNode controls = root.get("controls");
            for (int i = 0; i < controls.size(); i++) {
                JsonNode control = controls.get(i);
                String pointer = "/controls/" + i;
                String id = control.get("id").asText();
                if (!id.startsWith(namespace + "-")) {
                    problems.add(new InputProblem(document.locate(pointer + "/id"), "control " + id
                            + " is outside the pack's namespace; expected " + namespace + "-001, " + namespace + "-002, …"));
                }
                if (!ids.add(id)) {
                    problems.add(new InputProblem(document.locate(pointer + "/id"), "control " + id + " is defined twice"));
                }
                List<String> refines = strings(control.get("refines"));
                for (int r = 0; r < refines.size(); r++) {
                    if (guideline.item(refines.get(r)).isEmpty()) {
                        problems.add(new InputProblem(document.locate(pointer + "/refines/" + r), "'" + refines.get(r)
                                + "' is not an item of the guideline (see kijun catalog list)"));
                    }
                }
                items.add(new Item(id, text(control.get("title")), text(control.get("detail")),
                        Check.of(control.get("check").asText()), text(control.get("rationale")),
                        strings(control.get("related")), text(control.get("note")),
                        control.has("tier") ? Tier.of(control.get("tier").asText()) : null, refines));
            }
        }
        failIf(problems);
        if (items.isEmpty()) {
            throw new InvalidInputException(new InputProblem(Source.ofFile(directory.resolve("catalog").toString()),
                    "the pack has no controls; expected catalog/*.yaml with a 'controls:' list"));
        }
        Group group = new Group(namespace, title, true, items);
        return new Measure(namespace, "X", namespace, title, tier, intro, null, List.of(group));
    }

    private static List<ParameterDefinition> parameters(Path directory) throws InvalidInputException {
        Path file = directory.resolve("parameters.yaml");
        if (!Files.isRegularFile(file)) {
            return List.of();
        }
        try {
            return ParameterCatalog.parse(LocatedTreeReader.read(file, file.toString()).root());
        } catch (IOException e) {
            throw new InvalidInputException(new InputProblem(Source.ofFile(file.toString()),
                    "cannot read the pack's parameters: " + e.getMessage().lines().findFirst().orElse("")));
        }
    }

    private static List<Path> drlFiles(Path directory) throws InvalidInputException {
        return files(directory.resolve("rules"), ".drl");
    }

    private static List<Path> yamlFiles(Path folder) throws InvalidInputException {
        List<Path> files = new ArrayList<>(files(folder, ".yaml"));
        files.addAll(files(folder, ".yml"));
        return files.stream().sorted().toList();
    }

    private static List<Path> files(Path folder, String suffix) throws InvalidInputException {
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (Stream<Path> walk = Files.walk(folder)) {
            return walk.filter(Files::isRegularFile).filter(f -> f.toString().endsWith(suffix)).sorted().toList();
        } catch (IOException e) {
            throw new InvalidInputException(new InputProblem(Source.ofFile(folder.toString()), "cannot read: " + e.getMessage()));
        }
    }

    private static Text text(JsonNode node) {
        if (node == null || node.isNull()) {
            return null;
        }
        return new Text(node.path("ja").asText(), node.has("en") ? node.get("en").asText() : null);
    }

    private static List<String> strings(JsonNode node) {
        List<String> values = new ArrayList<>();
        if (node != null) {
            node.forEach(value -> values.add(value.asText()));
        }
        return values;
    }

    private static void failIf(List<InputProblem> problems) throws InvalidInputException {
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
    }
}
