package jp.kijun.catalog.requirement;

import java.util.List;
import java.util.Map;

/**
 * An inventory property: every entry of {@code section} that matches {@code where} has {@code field} as
 * {@code expect} says. An entry whose field is not recorded leaves the control not reviewed; an explicitly empty
 * section (or one with no entry that matches) makes it not applicable.
 *
 * @param section the fact section, e.g. {@code computers}
 * @param where   the entries it is about: field path to the values accepted (all must hold); empty for every entry
 * @param field   the field (a dotted path; a list along the path stands for each of its entries)
 * @param expect  what the field must hold
 */
public record InventoryProperty(String control, int aspect, String section, Map<String, List<String>> where,
                                String field, Expectation expect) implements Requirement {

    public static final String TEMPLATE = "inventoryProperty";

    public InventoryProperty {
        where = where == null ? Map.of() : Map.copyOf(where);
    }

    @Override
    public String template() {
        return TEMPLATE;
    }

    @Override
    public InventoryProperty scoped(String control, int aspect) {
        return new InventoryProperty(control, aspect, section, where, field, expect);
    }

    @Override
    public List<String> sections() {
        return List.of(section);
    }

    @Override
    public List<String> parameters() {
        return expect == null || expect.parameter() == null ? List.of() : List.of(expect.parameter());
    }
}
