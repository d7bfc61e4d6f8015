package jp.kijun.catalog;

import java.util.List;

/**
 * One item (・) of the guideline: the unit that kijun decides, called a control in reports.
 *
 * @param id        stable id such as {@code P1a-1-01}
 * @param title     the item text (Japanese verbatim) and its translation
 * @param detail    the parenthesised text that closes the item, or {@code null}
 * @param check     how kijun decides it
 * @param rationale why an attestation is needed, for {@link Check#ATTESTATION} items
 * @param related   ids of items that state the same requirement elsewhere
 * @param note      an editorial note on how the source was read, or {@code null}
 * @param tier      the item's own tier when it differs from its measure's (rule-pack controls), or {@code null}
 * @param refines   for a rule pack's control: the guideline items it decides more strictly
 */
public record Item(String id, Text title, Text detail, Check check, Text rationale, List<String> related, Text note,
                   Tier tier, List<String> refines) {

    public Item {
        related = related == null ? List.of() : List.copyOf(related);
        refines = refines == null ? List.of() : List.copyOf(refines);
    }

    /** The group id this item belongs to: everything before the last hyphen. */
    public String groupId() {
        return id.substring(0, id.lastIndexOf('-'));
    }
}
