package jp.kijun.catalog;

import jp.kijun.catalog.requirement.Requirement;

import java.util.ArrayList;
import java.util.List;

/**
 * One item (・) of the guideline: the unit that kijun decides, called a control in reports.
 *
 * @param id                     stable id such as {@code P1a-1-01}
 * @param title                  the item text (Japanese verbatim) and its translation
 * @param detail                 the parenthesised text that closes the item, or {@code null}
 * @param check                  how kijun decides it
 * @param rationale              why an attestation is needed, for {@link Check#ATTESTATION} items
 * @param related                ids of items that state the same requirement elsewhere
 * @param note                   an editorial note on how the source was read, or {@code null}
 * @param tier                   the item's own tier when it differs from its measure's (rule-pack controls), or {@code null}
 * @param refines                for a rule pack's control: the guideline items it decides more strictly
 * @param decide                 the requirement templates that decide it (its aspects), in the order declared
 * @param needs                  for an item its own DRL decides: the sections ({@code systems}) and fields of each of
 *                               their entries ({@code systems.lockout}) without which it cannot be decided
 * @param notApplicableWhenEmpty sections that, recorded as empty, make the item not applicable
 * @param decidedWith            the item whose decision this one shares (same requirement, same scope), or null
 */
public record Item(String id, Text title, Text detail, Check check, Text rationale, List<String> related, Text note,
                   Tier tier, List<String> refines, List<Requirement> decide, List<String> needs,
                   List<String> notApplicableWhenEmpty, String decidedWith) {

    public Item {
        related = related == null ? List.of() : List.copyOf(related);
        refines = refines == null ? List.of() : List.copyOf(refines);
        List<Requirement> scoped = new ArrayList<>();
        if (decide != null) {
            for (Requirement requirement : decide) {
                scoped.add(requirement.scoped(id, scoped.size() + 1));
            }
        }
        decide = List.copyOf(scoped);
        needs = needs == null ? List.of() : List.copyOf(needs);
        notApplicableWhenEmpty = notApplicableWhenEmpty == null ? List.of() : List.copyOf(notApplicableWhenEmpty);
    }

    /** An item without templates, declared needs or a shared decision (rule-pack controls and tests). */
    public Item(String id, Text title, Text detail, Check check, Text rationale, List<String> related, Text note,
                Tier tier, List<String> refines) {
        this(id, title, detail, check, rationale, related, note, tier, refines, null, null, null, null);
    }

    /** The group id this item belongs to: everything before the last hyphen. */
    public String groupId() {
        return id.substring(0, id.lastIndexOf('-'));
    }
}
