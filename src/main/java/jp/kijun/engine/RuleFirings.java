package jp.kijun.engine;

import java.util.Collection;
import java.util.Collections;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * The names of the rules that fired, collected across evaluations: what {@code kijun test --coverage} reports and
 * what {@code mvn verify} requires of the shipped scenarios. A template rule fires once per item that declares its
 * template, under one name, so it counts as fired when it fired for any item.
 */
public final class RuleFirings {

    private final Set<String> fired = Collections.synchronizedSet(new TreeSet<>());

    void fired(String rule) {
        fired.add(rule);
    }

    public Set<String> rules() {
        synchronized (fired) {
            return Set.copyOf(fired);
        }
    }

    /** The rules of {@code ruleBases} that never fired, in name order. */
    public SortedSet<String> neverFired(Collection<RuleBase> ruleBases) {
        SortedSet<String> never = new TreeSet<>();
        ruleBases.forEach(ruleBase -> never.addAll(ruleBase.controlsByRule().keySet()));
        never.removeAll(rules());
        return never;
    }
}
