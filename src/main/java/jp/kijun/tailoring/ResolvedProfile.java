package jp.kijun.tailoring;

import jp.kijun.catalog.Catalog;
import jp.kijun.catalog.Item;
import jp.kijun.catalog.Tier;
import jp.kijun.config.LayerValue;
import jp.kijun.engine.ControlResult;
import jp.kijun.engine.Evaluation;
import jp.kijun.facts.Source;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A profile with everything it extends applied, control by control: which controls apply (and why not), at which
 * tier, and the parameter values the profiles set. Later profiles in the chain override earlier ones; within a
 * profile, an item overrides its group and a group its measure.
 */
public final class ResolvedProfile {

    private final List<Profile> chain;
    private final Map<String, ControlSelection> selections = new LinkedHashMap<>();
    private final Map<String, LayerValue> parameters = new LinkedHashMap<>();
    private final Map<String, Source> parameterSources = new LinkedHashMap<>();

    public ResolvedProfile(List<Profile> chain, Catalog catalog) {
        this.chain = List.copyOf(chain);
        catalog.items().forEach(item -> selections.put(item.id(), resolve(item, catalog.measureOf(item).tier())));
        for (Profile profile : chain) {
            parameters.putAll(profile.parameters());
            parameterSources.putAll(profile.parameterSources());
        }
    }

    private ControlSelection resolve(Item item, Tier guidelineTier) {
        boolean selected = true;
        String reason = null;
        String selectedBy = ProfileLoader.BASELINE;
        Tier tier = guidelineTier;
        String tierReason = null;
        String tierChangedBy = null;
        for (Profile profile : chain) {
            List<ProfileEntry> entries = new ArrayList<>();
            profile.deselect().stream().filter(e -> e.covers(item.id())).forEach(entries::add);
            profile.select().stream().filter(e -> e.covers(item.id())).forEach(entries::add);
            entries.sort(Comparator.comparingInt(ProfileEntry::depth));
            for (ProfileEntry entry : entries) {
                selected = profile.select().contains(entry);
                reason = entry.reason();
                selectedBy = profile.name();
            }
            List<TierChange> changes = profile.tiers().stream().filter(c -> c.covers(item.id()))
                    .sorted(Comparator.comparingInt(TierChange::depth)).toList();
            for (TierChange change : changes) {
                tier = change.tier();
                tierReason = change.reason();
                tierChangedBy = profile.name();
            }
        }
        return new ControlSelection(item.id(), selected, reason, selectedBy, tier, guidelineTier, tierReason, tierChangedBy);
    }

    /** The profile asked for (the last of the chain). */
    public String name() {
        return chain.get(chain.size() - 1).name();
    }

    public List<Profile> chain() {
        return chain;
    }

    public List<ControlSelection> selections() {
        return List.copyOf(selections.values());
    }

    public Map<String, LayerValue> parameters() {
        return parameters;
    }

    public Map<String, Source> parameterSources() {
        return parameterSources;
    }

    /** The evaluation as this profile sees it: deselected controls not applicable with their reason, tiers changed. */
    public Evaluation apply(Evaluation evaluation) {
        List<ControlResult> results = new ArrayList<>();
        for (ControlResult result : evaluation.results()) {
            ControlSelection selection = selections.get(result.id());
            ControlResult tailored = result.tier() == selection.tier() ? result : result.withTier(selection.tier());
            if (!selection.selected()) {
                tailored = tailored.deselected(selection.selectedBy(), selection.reason());
            }
            results.add(tailored);
        }
        return new Evaluation(evaluation.organisation(), evaluation.asOf(), evaluation.inputs(), results);
    }
}
