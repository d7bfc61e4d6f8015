package jp.kijun.engine;

import java.util.Collections;
import java.util.Set;
import java.util.TreeSet;

/** The names of the rules that fired, collected across evaluations: what {@code kijun test --coverage} reports. */
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
}
