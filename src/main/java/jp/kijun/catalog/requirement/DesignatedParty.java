package jp.kijun.catalog.requirement;

import java.util.List;

/**
 * A designated party: a role that carries {@code duty}, held by a party (a person, a unit, a committee or a body) in
 * office on the evaluation date.
 *
 * @param duty the duty code (the fact schema's {@code duty})
 */
public record DesignatedParty(String control, int aspect, String duty) implements Requirement {

    public static final String TEMPLATE = "designatedParty";

    @Override
    public String template() {
        return TEMPLATE;
    }

    @Override
    public DesignatedParty scoped(String control, int aspect) {
        return new DesignatedParty(control, aspect, duty);
    }

    @Override
    public List<String> sections() {
        return List.of("roles");
    }

    @Override
    public List<String> parameters() {
        return List.of();
    }
}
