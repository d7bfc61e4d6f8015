package jp.kijun.tailoring;

import com.fasterxml.jackson.databind.JsonNode;
import jp.kijun.catalog.Catalog;
import jp.kijun.catalog.RulePackFiles;
import jp.kijun.catalog.Tier;
import jp.kijun.config.LayerValue;
import jp.kijun.facts.DocumentSchema;
import jp.kijun.facts.InputLimits;
import jp.kijun.facts.InputProblem;
import jp.kijun.facts.InvalidInputException;
import jp.kijun.facts.LocatedDocument;
import jp.kijun.facts.LocatedTreeReader;
import jp.kijun.facts.Source;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Reads a profile by name (a shipped profile) or by file, follows its {@code extends} chain down to
 * {@code baseline}, and validates each file against the published profile schema and the catalog.
 */
public final class ProfileLoader {

    /** The profile every chain starts from: every control selected, the guideline's own tiers. */
    public static final String BASELINE = "baseline";

    private static final String BUILT_IN = "profiles/";
    private static final String BUILT_IN_FILE = "builtin:";

    /** Built on first use: the shipped profiles are validated by the test suite, only the user's own files here. */
    private static final class Schema {
        static final DocumentSchema SHIPPED = DocumentSchema.resource("kijun/schema/profile.schema.yaml");
    }

    private final InputLimits limits;

    public ProfileLoader(InputLimits limits) {
        this.limits = limits;
    }

    /** A loader that reads profile files within the default limits. */
    public ProfileLoader() {
        this(InputLimits.defaults());
    }

    public static DocumentSchema schema() {
        return Schema.SHIPPED;
    }

    /** The shipped profiles by name, with their YAML. */
    public static Map<String, String> builtIns() {
        Map<String, String> profiles = new TreeMap<>();
        RulePackFiles.read("rules/profiles", ".yaml").forEach((file, text) ->
                profiles.put(file.substring(file.lastIndexOf('/') + 1, file.length() - ".yaml".length()), text));
        return profiles;
    }

    /**
     * Loads {@code reference} — a shipped profile's name or a file path — and every profile it extends.
     *
     * @return the chain from {@code baseline} to the profile asked for
     */
    public List<Profile> load(String reference) throws InvalidInputException {
        List<Profile> chain = new ArrayList<>();
        List<String> seen = new ArrayList<>();
        String next = reference;
        Path base = Path.of("");
        while (next != null) {
            Profile profile = read(next, base);
            if (seen.contains(profile.file())) {
                throw new InvalidInputException(new InputProblem(Source.ofFile(profile.file()),
                        "profiles extend each other in a circle: " + String.join(" → ", seen) + " → " + profile.file()));
            }
            seen.add(profile.file());
            chain.add(0, profile);
            if (profile.parent() == null && !profile.name().equals(BASELINE)) {
                next = BASELINE;
            } else {
                next = profile.parent();
            }
            if (!profile.file().startsWith(BUILT_IN_FILE)) {
                Path parentDir = Path.of(profile.file()).getParent();
                base = parentDir == null ? Path.of("") : parentDir;
            }
        }
        return chain;
    }

    private Profile read(String reference, Path base) throws InvalidInputException {
        Path file = base.resolve(reference);
        String text = builtIns().get(reference);
        if (Files.isRegularFile(file) || (text == null && (Files.exists(file) || Files.isSymbolicLink(file)))) {
            return parse(LocatedTreeReader.read(file, file.toString(), "a profile file", limits));
        }
        if (text == null) {
            throw new InvalidInputException(new InputProblem(Source.ofFile(reference), "no such profile: expected a "
                    + "profile file or one of the shipped profiles " + builtIns().keySet()));
        }
        return parse(LocatedTreeReader.read(text, BUILT_IN_FILE + reference, false));
    }

    private Profile parse(LocatedDocument document) throws InvalidInputException {
        List<InputProblem> problems = document.file().startsWith(BUILT_IN_FILE)
                ? new ArrayList<>()
                : new ArrayList<>(schema().validate(document));
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        JsonNode root = document.root();
        List<ProfileEntry> deselect = entries(document, "deselect");
        List<ProfileEntry> select = entries(document, "select");
        List<TierChange> tiers = new ArrayList<>();
        JsonNode tierNodes = root.path("tiers");
        for (int i = 0; i < tierNodes.size(); i++) {
            JsonNode node = tierNodes.get(i);
            Source source = document.locate("/tiers/" + i);
            tiers.add(new TierChange(node.path("id").asText(), Tier.of(node.path("tier").asText()),
                    node.path("reason").asText(), source));
        }
        Map<String, LayerValue> parameters = new LinkedHashMap<>();
        Map<String, Source> sources = new LinkedHashMap<>();
        root.path("parameters").fields().forEachRemaining(field -> {
            Source source = document.locate("/parameters/" + LocatedTreeReader.escape(field.getKey()));
            if (field.getValue().isNumber() && !field.getValue().canConvertToLong()) {
                problems.add(new InputProblem(source, "parameters." + field.getKey() + ": " + field.getValue()
                        + " is too large; expected a whole number from -9223372036854775808 to 9223372036854775807"));
                return;
            }
            Object value = field.getValue().isArray()
                    ? toList(field.getValue())
                    : (Object) field.getValue().asLong();
            String name = root.path("profile").asText();
            parameters.put(field.getKey(), new LayerValue(value, name + " (" + source.fileAndLine() + ")"));
            sources.put(field.getKey(), source);
        });
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        String parent = root.has("extends") ? root.get("extends").asText() : null;
        Path folder = document.file().startsWith("builtin:") ? Path.of("") : Path.of(document.file()).toAbsolutePath().getParent();
        List<Path> packs = new ArrayList<>();
        root.path("packs").forEach(pack -> packs.add(relative(folder.resolve(pack.asText()).normalize())));
        return new Profile(root.path("profile").asText(), document.file(), parent, packs, deselect, select, tiers,
                parameters, sources);
    }

    private static Path relative(Path absolute) {
        Path here = Path.of("").toAbsolutePath();
        return absolute.startsWith(here) ? here.relativize(absolute) : absolute;
    }

    /** Every id a chain of profiles names must be a measure, group or item of {@code catalog} (packs included). */
    public static void checkIds(List<Profile> chain, Catalog catalog) throws InvalidInputException {
        List<InputProblem> problems = new ArrayList<>();
        for (Profile profile : chain) {
            profile.deselect().forEach(entry -> known(catalog, entry.id(), entry.source(), problems));
            profile.select().forEach(entry -> known(catalog, entry.id(), entry.source(), problems));
            profile.tiers().forEach(change -> known(catalog, change.id(), change.source(), problems));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
    }

    private List<ProfileEntry> entries(LocatedDocument document, String key) {
        List<ProfileEntry> entries = new ArrayList<>();
        JsonNode nodes = document.root().path(key);
        for (int i = 0; i < nodes.size(); i++) {
            JsonNode node = nodes.get(i);
            Source source = document.locate("/" + key + "/" + i);
            entries.add(new ProfileEntry(node.path("id").asText(),
                    node.has("reason") ? node.get("reason").asText() : null, source));
        }
        return entries;
    }

    private static void known(Catalog catalog, String id, Source source, List<InputProblem> problems) {
        boolean exists = catalog.item(id).isPresent() || catalog.measure(id).isPresent()
                || catalog.measures().stream().flatMap(m -> m.groups().stream()).anyMatch(g -> g.id().equals(id));
        if (!exists) {
            problems.add(new InputProblem(source, "'" + id + "' is not a measure, group or item of the catalog "
                    + "(see kijun catalog list)"));
        }
    }

    private static List<String> toList(JsonNode array) {
        List<String> values = new ArrayList<>();
        array.forEach(value -> values.add(value.asText()));
        return values;
    }
}
