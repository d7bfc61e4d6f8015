package jp.kijun.engine;

import jp.kijun.catalog.Catalog;
import jp.kijun.catalog.Check;
import jp.kijun.catalog.Item;
import jp.kijun.catalog.requirement.Requirement;

import java.util.ArrayList;
import java.util.List;

/**
 * What a control needs recorded to be decided, as its catalog entry declares it — the sections its requirement
 * templates read, and the {@code needs} and {@code notApplicableWhenEmpty} of an item its own DRL decides. The rules
 * of {@code rules/templates/needs.drl} turn a need that the facts leave open into the control's "not recorded"
 * (not reviewed, naming what is missing) or "recorded as none" (not applicable) finding, so that no rule has to.
 *
 * @param control                the control
 * @param aspect                 the requirement it serves (0 for the item's own rules)
 * @param section                the fact section
 * @param field                  a field every entry of the section must record (a dotted path), or null
 * @param notApplicableWhenEmpty whether a section recorded as empty makes the control not applicable
 */
public record DataNeed(String control, int aspect, String section, String field, boolean notApplicableWhenEmpty) {

    /** The needs of every decided item of {@code catalog}. */
    public static List<DataNeed> of(Catalog catalog) {
        List<DataNeed> needs = new ArrayList<>();
        catalog.items().filter(item -> item.check() != Check.PLANNED).forEach(item -> needs.addAll(of(item)));
        return needs;
    }

    static List<DataNeed> of(Item item) {
        List<DataNeed> needs = new ArrayList<>();
        for (Requirement requirement : item.decide()) {
            for (String section : requirement.sections()) {
                needs.add(new DataNeed(item.id(), requirement.aspect(), section, null, false));
            }
        }
        for (String need : item.needs()) {
            int dot = need.indexOf('.');
            String section = dot < 0 ? need : need.substring(0, dot);
            DataNeed sectionNeed = new DataNeed(item.id(), 0, section, null, false);
            if (!needs.contains(sectionNeed)) {
                needs.add(sectionNeed);
            }
            if (dot > 0) {
                needs.add(new DataNeed(item.id(), 0, section, need.substring(dot + 1), false));
            }
        }
        for (String section : item.notApplicableWhenEmpty()) {
            needs.add(new DataNeed(item.id(), 0, section, null, true));
        }
        return needs;
    }
}
