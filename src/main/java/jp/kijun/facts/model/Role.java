package jp.kijun.facts.model;

import java.util.List;
import jp.kijun.facts.Entity;

/** A role in information security, who holds it and the responsibilities assigned to it. */
public record Role(
        String id,
        String title,
        String holder,
        String department,
        List<String> responsibilities,
        String definedIn) implements Entity {

    public Role {
        responsibilities = responsibilities == null ? List.of() : List.copyOf(responsibilities);
    }
}
