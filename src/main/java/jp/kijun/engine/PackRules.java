package jp.kijun.engine;

import jp.kijun.catalog.KijunVersion;
import jp.kijun.catalog.RulePack;
import jp.kijun.facts.InputProblem;
import jp.kijun.facts.InvalidInputException;
import jp.kijun.facts.Source;
import org.drools.compiler.kie.builder.impl.InternalKieModule;
import org.drools.model.codegen.ExecutableModelProject;
import org.kie.api.KieServices;
import org.kie.api.builder.KieBuilder;
import org.kie.api.builder.KieFileSystem;
import org.kie.api.builder.KieModule;
import org.kie.api.builder.Message;
import org.kie.api.builder.ReleaseId;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;

/**
 * Compiles a rule pack's DRL at run time to Drools' executable model, and caches the compiled module by the hash
 * of its sources (and of the kijun version), so that the second run with the same pack loads it without
 * compiling. A DRL error is an input error at the pack's file, line and column.
 */
public final class PackRules {

    private static final String SOURCES = "src/main/resources/pack/";
    /** What Drools adds after a syntax error; the syntax error itself says everything. */
    private static final String NULL_PACKAGE = "Parser returned a null Package";

    private final Path cacheDirectory;

    /** @param cacheDirectory where compiled packs are kept; created when missing */
    public PackRules(Path cacheDirectory) {
        this.cacheDirectory = cacheDirectory;
    }

    /** The cache directory: {@code KIJUN_CACHE_DIR}, else {@code $XDG_CACHE_HOME/kijun}, else {@code ~/.cache/kijun}. */
    public static Path defaultCache(Map<String, String> environment) {
        if (environment.get("KIJUN_CACHE_DIR") != null) {
            return Path.of(environment.get("KIJUN_CACHE_DIR"));
        }
        String xdg = environment.get("XDG_CACHE_HOME");
        Path base = xdg != null ? Path.of(xdg) : Path.of(System.getProperty("user.home"), ".cache");
        return base.resolve("kijun");
    }

    /** The pack's rules, compiled or loaded from the cache. */
    public RuleBase rules(RulePack pack) throws InvalidInputException {
        Map<String, String> sources = sources(pack);
        String hash = hash(sources);
        Path cached = cacheDirectory.resolve("packs").resolve(pack.id() + "-" + hash + ".jar");
        KieServices services = KieServices.Factory.get();
        byte[] module = read(cached);
        if (module == null) {
            module = compile(pack, sources, hash, services);
            write(cached, module);
        }
        KieModule loaded = services.getRepository().addKieModule(services.getResources().newByteArrayResource(module));
        RuleBase rules;
        try {
            rules = RuleBase.of(services.newKieContainer(loaded.getReleaseId())
                    .newKieBase(RuleFailureHandler.kieBaseConfiguration()));
        } catch (EmptyRuleBaseException e) {
            throw new InvalidInputException(new InputProblem(Source.ofFile(pack.directory().resolve("rules").toString()),
                    "the pack has no rules; expected rules/*.drl with at least one rule"));
        }
        checkControls(pack, rules);
        return rules;
    }

    private byte[] compile(RulePack pack, Map<String, String> sources, String hash, KieServices services)
            throws InvalidInputException {
        KieFileSystem files = services.newKieFileSystem();
        ReleaseId release = services.newReleaseId("kijun.pack", pack.id(), hash.substring(0, 12));
        files.generateAndWritePomXML(release);
        sources.forEach((relative, text) -> files.write(SOURCES + relative, text));
        KieBuilder builder = services.newKieBuilder(files);
        builder.buildAll(ExecutableModelProject.class);
        List<Message> errors = builder.getResults().getMessages(Message.Level.ERROR);
        if (!errors.isEmpty() && errors.stream().anyMatch(error -> !inPack(error))) {
            errors = locateInDrl(services, files, errors);
        }
        if (!errors.isEmpty()) {
            List<InputProblem> problems = new ArrayList<>();
            for (Message error : errors) {
                if (errors.size() == 1 || !error.getText().contains(NULL_PACKAGE)) {
                    problems.add(new InputProblem(where(pack, error), "DRL: " + firstLine(error.getText())));
                }
            }
            throw new InvalidInputException(problems);
        }
        return ((InternalKieModule) builder.getKieModule()).getBytes();
    }

    private static boolean inPack(Message error) {
        return error.getPath() != null && error.getPath().contains("pack/");
    }

    /**
     * The executable model reports errors in rule consequences against the Java it generates; the classic build
     * reports the same errors against the DRL file and line, which is what an author needs.
     */
    private static List<Message> locateInDrl(KieServices services, KieFileSystem files, List<Message> generated) {
        KieBuilder classic = services.newKieBuilder(files);
        classic.buildAll();
        List<Message> located = classic.getResults().getMessages(Message.Level.ERROR);
        return located.isEmpty() ? generated : located;
    }

    private static Source where(RulePack pack, Message error) {
        String path = error.getPath() == null ? "" : error.getPath();
        int start = path.indexOf("pack/");
        String relative = start < 0 ? "" : path.substring(start + "pack/".length());
        String file = relative.isEmpty() ? pack.directory().resolve("rules").toString() : pack.directory().resolve(relative).toString();
        int line = Math.max(error.getLine(), 0);
        return new Source(file, line, line > 0 && error.getColumn() >= 0 ? error.getColumn() + 1 : 0);
    }

    private static void checkControls(RulePack pack, RuleBase rules) throws InvalidInputException {
        List<InputProblem> problems = new ArrayList<>();
        rules.controlsByRule().forEach((rule, controls) -> {
            if (controls.isEmpty() || controls.stream().anyMatch(c -> !c.startsWith(pack.namespace() + "-"))) {
                problems.add(new InputProblem(Source.ofFile(pack.directory().resolve("rules").toString()), "rule \"" + rule
                        + "\" must name a control of the pack with @control(\"" + pack.namespace() + "-nnn\"), not " + controls));
            } else {
                controls.stream().filter(c -> pack.measure().items().noneMatch(i -> i.id().equals(c)))
                        .forEach(c -> problems.add(new InputProblem(Source.ofFile(pack.directory().resolve("rules").toString()),
                                "rule \"" + rule + "\" names " + c + ", which the pack's catalog does not define")));
            }
        });
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
    }

    /** Every DRL of the pack by its path relative to the pack folder. */
    private static Map<String, String> sources(RulePack pack) throws InvalidInputException {
        Map<String, String> sources = new java.util.TreeMap<>();
        for (Path drl : pack.drlFiles()) {
            try {
                sources.put(pack.directory().relativize(drl).toString().replace('\\', '/'),
                        Files.readString(drl, StandardCharsets.UTF_8));
            } catch (IOException e) {
                throw new InvalidInputException(new InputProblem(Source.ofFile(drl.toString()), "cannot read: " + e.getMessage()));
            }
        }
        return sources;
    }

    private static String hash(Map<String, String> sources) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            digest.update(KijunVersion.version().getBytes(StandardCharsets.UTF_8));
            sources.forEach((path, text) -> {
                digest.update((path + "\u0000" + text + "\u0000").getBytes(StandardCharsets.UTF_8));
            });
            return HexFormat.of().formatHex(digest.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static byte[] read(Path cached) {
        try {
            return Files.isRegularFile(cached) ? Files.readAllBytes(cached) : null;
        } catch (IOException e) {
            return null;
        }
    }

    /** Best effort: a cache that cannot be written only means the next run compiles again. */
    private static void write(Path cached, byte[] module) {
        try {
            Files.createDirectories(cached.getParent());
            Path temporary = Files.createTempFile(cached.getParent(), cached.getFileName().toString(), ".tmp");
            Files.write(temporary, module);
            Files.move(temporary, cached, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            // the compiled pack is used anyway; only the cache is missing
        }
    }

    private static String firstLine(String text) {
        return text == null ? "" : text.strip().lines().findFirst().orElse("");
    }
}
