package jp.kijun.tailoring;

import jp.kijun.catalog.Catalog;
import jp.kijun.catalog.Measure;
import jp.kijun.catalog.ParameterCatalog;
import jp.kijun.catalog.ParameterDefinition;
import jp.kijun.catalog.RulePack;
import jp.kijun.catalog.RulePackLoader;
import jp.kijun.facts.InputLimits;
import jp.kijun.facts.InvalidInputException;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The controls of a run: the guideline's, plus those of the rule packs given on the command line and added by the
 * profile chain, with the profile resolved over all of them and the parameters of all of them.
 *
 * @param packs      the rule packs, command-line ones first
 * @param catalog    the guideline's catalog with the packs' controls added
 * @param profile    the profile resolved over that catalog
 * @param parameters every parameter definition, the packs' included
 */
public record TailoredCatalog(List<RulePack> packs, Catalog catalog, ResolvedProfile profile,
                              ParameterCatalog parameters) {

    /**
     * Resolves {@code profileReference} (a shipped name or a file; {@code null} for baseline) and the packs.
     *
     * @throws InvalidInputException for a bad profile, a bad pack, or an id that names no control
     */
    public static TailoredCatalog resolve(String profileReference, List<Path> packDirectories, Catalog guideline)
            throws InvalidInputException {
        return resolve(profileReference, packDirectories, guideline, InputLimits.defaults());
    }

    /** As {@link #resolve(String, List, Catalog)}, reading profile files within {@code limits}. */
    public static TailoredCatalog resolve(String profileReference, List<Path> packDirectories, Catalog guideline,
                                          InputLimits limits) throws InvalidInputException {
        List<Profile> chain = new ProfileLoader(limits)
                .load(profileReference == null ? ProfileLoader.BASELINE : profileReference);
        Set<Path> directories = new LinkedHashSet<>(packDirectories);
        chain.forEach(profile -> directories.addAll(profile.packs()));
        List<RulePack> packs = new RulePackLoader(guideline).load(List.copyOf(directories));
        List<Measure> measures = new ArrayList<>();
        List<ParameterDefinition> definitions = new ArrayList<>();
        packs.forEach(pack -> {
            measures.add(pack.measure());
            definitions.addAll(pack.parameters());
        });
        Catalog catalog = guideline.withMeasures(measures);
        ProfileLoader.checkIds(chain, catalog);
        return new TailoredCatalog(packs, catalog, new ResolvedProfile(chain, catalog),
                ParameterCatalog.shipped(guideline).plus(definitions));
    }
}
