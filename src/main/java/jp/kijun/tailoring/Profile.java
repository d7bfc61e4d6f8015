package jp.kijun.tailoring;

import jp.kijun.config.LayerValue;
import jp.kijun.facts.Source;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * One profile file as written: what it extends, what it deselects (each with a reason), selects again, the tiers
 * it changes and the parameters it sets.
 *
 * @param name       the profile's name
 * @param file       where it was read from ({@code builtin:<name>} for shipped profiles)
 * @param parent     the profile it extends, or {@code null} for the root ({@code baseline})
 * @param packs      the rule packs it adds, resolved against the profile's folder
 * @param parameters values by parameter name, each with where it is written
 */
public record Profile(String name, String file, String parent, List<Path> packs, List<ProfileEntry> deselect,
                      List<ProfileEntry> select, List<TierChange> tiers, Map<String, LayerValue> parameters,
                      Map<String, Source> parameterSources) {

    public Profile {
        packs = List.copyOf(packs);
        deselect = List.copyOf(deselect);
        select = List.copyOf(select);
        tiers = List.copyOf(tiers);
        parameters = Map.copyOf(parameters);
        parameterSources = Map.copyOf(parameterSources);
    }
}
