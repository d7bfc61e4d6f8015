package jp.kijun.tailoring;

import jp.kijun.catalog.Catalog;
import jp.kijun.catalog.RulePack;
import jp.kijun.config.ConfigFile;
import jp.kijun.config.ParameterSettings;
import jp.kijun.engine.Evaluation;
import jp.kijun.engine.Evaluator;
import jp.kijun.engine.PackRules;
import jp.kijun.engine.RuleBase;
import jp.kijun.engine.RuleFailureException;
import jp.kijun.engine.RuleFirings;
import jp.kijun.facts.FactLoader;
import jp.kijun.facts.FactSet;
import jp.kijun.facts.InputLimits;
import jp.kijun.facts.InvalidInputException;
import jp.kijun.gate.WaiverFile;
import jp.kijun.gate.WaiverStatus;
import jp.kijun.gate.Waivers;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * One tailored evaluation, as {@code kijun evaluate} runs it: resolve the profile, layer the parameters, load the
 * facts and the waivers, evaluate, apply the profile's selections and tiers, then the waivers in force.
 *
 * @param evaluation the final evaluation
 * @param profile    the resolved profile
 * @param parameters every parameter with its effective value and layer
 * @param waivers    what became of each waiver
 */
public record Assessment(Evaluation evaluation, ResolvedProfile profile, ParameterSettings parameters,
                         List<WaiverStatus> waivers) {

    /** What to assess: everything but the facts is optional. */
    public record Request(List<Path> facts, LocalDate asOf, String profile, List<Path> packs, Path config,
                          Map<String, String> environment, Map<String, String> definitions, Path waivers) {

        public Request {
            packs = packs == null ? List.of() : List.copyOf(packs);
        }
    }

    /** Reads the profile, the rule packs, the parameters and the waivers within the default limits. */
    public static Prepared prepare(Request request, Catalog guideline) throws InvalidInputException {
        return prepare(request, guideline, InputLimits.defaults());
    }

    /**
     * Reads the profile, the rule packs, the parameters and the waivers — everything that can be wrong before any
     * evaluation work — within {@code limits}, which also bound the facts read by {@link Prepared#load}.
     */
    public static Prepared prepare(Request request, Catalog guideline, InputLimits limits) throws InvalidInputException {
        TailoredCatalog tailored = TailoredCatalog.resolve(request.profile(), request.packs(), guideline, limits);
        ResolvedProfile profile = tailored.profile();
        ParameterSettings.Builder parameters = ParameterSettings.builder(tailored.parameters())
                .profile(profile.parameters(), profile.parameterSources());
        if (request.config() != null) {
            parameters.config(ConfigFile.read(request.config(), limits));
        }
        ParameterSettings settings = parameters.environment(request.environment())
                .commandLine(request.definitions())
                .build();
        WaiverFile waivers = request.waivers() == null ? new WaiverFile(List.of(), List.of())
                : WaiverFile.read(request.waivers(), limits);
        return new Prepared(request, tailored, settings, waivers, limits);
    }

    /** A request whose profile, packs, parameters and waivers have been read and checked. */
    public record Prepared(Request request, TailoredCatalog tailored, ParameterSettings parameters, WaiverFile waivers,
                           InputLimits limits) {

        public ResolvedProfile profile() {
            return tailored.profile();
        }

        /** Reads the facts: the last of the input, so that every input error is found before the rules are loaded. */
        public Loaded load() throws InvalidInputException {
            return new Loaded(this, new FactLoader(limits).load(request.facts()));
        }

        /** Loads the facts and evaluates them; see {@link Loaded#assess(RuleBase, Path, RuleFirings)}. */
        public Assessment assess(RuleBase shipped, Path packCache) throws InvalidInputException, RuleFailureException {
            return load().assess(shipped, packCache, null);
        }
    }

    /** A prepared request with its facts read and checked: all that is left is the evaluation. */
    public record Loaded(Prepared prepared, FactSet facts) {

        /**
         * Evaluates with the shipped rules and the packs' rules (compiled, or loaded from {@code packCache} when
         * compiled before), recording the rules that fire into {@code firings} when given.
         */
        public Assessment assess(RuleBase shipped, Path packCache, RuleFirings firings)
                throws InvalidInputException, RuleFailureException {
            List<RuleBase> rules = new ArrayList<>(List.of(shipped));
            PackRules packRules = new PackRules(packCache);
            for (RulePack pack : prepared.tailored().packs()) {
                rules.add(packRules.rules(pack));
            }
            ParameterSettings parameters = prepared.parameters();
            ResolvedProfile profile = prepared.profile();
            Evaluation evaluated = new Evaluator(rules, prepared.tailored().catalog()).recording(firings)
                    .evaluate(facts, prepared.request().asOf(), parameters.values());
            Evaluation selected = profile.apply(evaluated);
            long maximumDays = ((Number) parameters.values().get("waiverMaxDays")).longValue();
            Waivers.Result waived = Waivers.apply(prepared.waivers(), selected, maximumDays);
            return new Assessment(waived.evaluation(), profile, parameters, waived.statuses());
        }
    }
}
