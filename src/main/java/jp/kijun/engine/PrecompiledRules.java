package jp.kijun.engine;

import org.drools.model.Model;
import org.drools.model.Rule;
import org.drools.model.impl.ModelImpl;
import org.drools.modelcompiler.KieBaseBuilder;
import org.kie.api.KieBase;
import org.kie.api.conf.EqualityBehaviorOption;
import org.kie.api.conf.EventProcessingOption;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * Builds the KieBase of the shipped rule pack straight from its precompiled executable model — the rule classes
 * that kie-maven-plugin lists in {@value #MODEL_INDEX} — without a KieContainer, which would read
 * {@code kmodule.xml} with XStream and scan the class path first: half a second of every cold start.
 * The options mirror the kbase of {@code META-INF/kmodule.xml}; RuleBaseTest checks that both give the same rules.
 * Facts are told apart by identity: comparing them by equality hashed every fact on insertion (a second of the
 * evaluation at 100k accounts) only to merge equal findings, which {@link OutcomeAggregator} merges anyway.
 */
final class PrecompiledRules {

    /** Where kie-maven-plugin lists the model classes of this project ({@code groupId/artifactId}). */
    static final String MODEL_INDEX = "META-INF/kie/jp.kijun/kijun/drools-model";

    private PrecompiledRules() {
    }

    /** The rule pack's KieBase, or empty when the class path holds no model index (classes not built as a kjar). */
    static Optional<KieBase> load(ClassLoader loader) {
        return load(loader, rule -> true);
    }

    /** The rule pack's KieBase with only the rules {@code keep} accepts (the benchmarks' floor compares some). */
    static Optional<KieBase> load(ClassLoader loader, Predicate<Rule> keep) {
        List<String> modelClasses = modelClasses(loader);
        if (modelClasses.isEmpty()) {
            return Optional.empty();
        }
        List<Model> models = new ArrayList<>();
        for (String name : modelClasses) {
            try {
                Model model = (Model) Class.forName(name, true, loader).getDeclaredConstructor().newInstance();
                models.add(model.getRules().stream().allMatch(keep) ? model : only(model, keep));
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException("the precompiled rule model " + name + " cannot be loaded: " + e, e);
            }
        }
        return Optional.of(KieBaseBuilder.createKieBaseFromModel(models,
                EqualityBehaviorOption.IDENTITY, EventProcessingOption.CLOUD, RuleFailureHandler.option()));
    }

    private static Model only(Model model, Predicate<Rule> keep) {
        ModelImpl kept = new ModelImpl(model.getName())
                .withRules(model.getRules().stream().filter(keep).toList())
                .withGlobals(model.getGlobals())
                .withQueries(model.getQueries());
        model.getTypeMetaDatas().forEach(kept::addTypeMetaData);
        return kept;
    }

    /** The model class names of the index: every line but the version header ({@code Drools-Model-Version:…}). */
    private static List<String> modelClasses(ClassLoader loader) {
        try (InputStream in = loader.getResourceAsStream(MODEL_INDEX)) {
            if (in == null) {
                return List.of();
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            return reader.lines().map(String::strip).filter(line -> !line.isEmpty() && !line.contains(":")).toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + MODEL_INDEX + ": " + e.getMessage(), e);
        }
    }
}
