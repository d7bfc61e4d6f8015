package jp.kijun.tailoring;

import jp.kijun.catalog.Catalog;
import jp.kijun.catalog.ParameterCatalog;
import jp.kijun.config.ConfigFile;
import jp.kijun.config.ParameterSettings;
import jp.kijun.engine.Evaluation;
import jp.kijun.engine.Evaluator;
import jp.kijun.engine.RuleBase;
import jp.kijun.engine.RuleFailureException;
import jp.kijun.facts.FactLoader;
import jp.kijun.facts.FactSet;
import jp.kijun.facts.InputLimits;
import jp.kijun.facts.InvalidInputException;
import jp.kijun.gate.WaiverFile;
import jp.kijun.gate.WaiverStatus;
import jp.kijun.gate.Waivers;

import java.nio.file.Path;
import java.time.LocalDate;
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
    public record Request(List<Path> facts, LocalDate asOf, String profile, Path config, Map<String, String> environment,
                          Map<String, String> definitions, Path waivers) {
    }

    /** Reads the profile, parameters and waivers within the default limits. */
    public static Prepared prepare(Request request, Catalog catalog) throws InvalidInputException {
        return prepare(request, catalog, InputLimits.defaults());
    }

    /**
     * Reads the profile, parameters and waivers — everything that can be wrong before any evaluation work — within
     * {@code limits}, which also bound the facts read by {@link Prepared#assess}.
     */
    public static Prepared prepare(Request request, Catalog catalog, InputLimits limits) throws InvalidInputException {
        ResolvedProfile profile = new ResolvedProfile(new ProfileLoader(catalog, limits)
                .load(request.profile() == null ? ProfileLoader.BASELINE : request.profile()), catalog);
        ParameterSettings.Builder parameters = ParameterSettings.builder(ParameterCatalog.shipped(catalog))
                .profile(profile.parameters(), profile.parameterSources());
        if (request.config() != null) {
            parameters.config(ConfigFile.read(request.config(), limits));
        }
        ParameterSettings settings = parameters.environment(request.environment())
                .commandLine(request.definitions())
                .build();
        WaiverFile waivers = request.waivers() == null ? new WaiverFile(List.of(), List.of())
                : WaiverFile.read(request.waivers(), limits);
        return new Prepared(request, profile, settings, waivers, limits);
    }

    /** A request whose profile, parameters and waivers have been read and checked. */
    public record Prepared(Request request, ResolvedProfile profile, ParameterSettings parameters, WaiverFile waivers,
                           InputLimits limits) {

        /** Reads the facts: the last of the input, so that every input error is found before the rules are loaded. */
        public Loaded load() throws InvalidInputException {
            return new Loaded(this, new FactLoader(limits).load(request.facts()));
        }

        public Assessment assess(RuleBase rules, Catalog catalog) throws InvalidInputException, RuleFailureException {
            return load().assess(rules, catalog);
        }
    }

    /** A prepared request with its facts read and checked: all that is left is the evaluation. */
    public record Loaded(Prepared prepared, FactSet facts) {

        public Assessment assess(RuleBase rules, Catalog catalog) throws RuleFailureException {
            ParameterSettings parameters = prepared.parameters();
            Evaluation evaluated = new Evaluator(rules, catalog).evaluate(facts, prepared.request().asOf(),
                    parameters.values());
            Evaluation tailored = prepared.profile().apply(evaluated);
            long maximumDays = ((Number) parameters.values().get("waiverMaxDays")).longValue();
            Waivers.Result waived = Waivers.apply(prepared.waivers(), tailored, maximumDays);
            return new Assessment(waived.evaluation(), prepared.profile(), parameters, waived.statuses());
        }
    }
}
