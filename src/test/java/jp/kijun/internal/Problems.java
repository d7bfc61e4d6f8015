package jp.kijun.internal;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.fail;

/** Collects every inconsistency found, so that one run reports them all at once. */
final class Problems {

    private final List<String> found = new ArrayList<>();

    void add(String problem) {
        found.add(problem);
    }

    void check(boolean ok, String problem) {
        if (!ok) {
            found.add(problem);
        }
    }

    List<String> found() {
        return List.copyOf(found);
    }

    void assertNone(String what) {
        if (!found.isEmpty()) {
            fail(found.size() + " " + what + " problem(s):\n  " + String.join("\n  ", found));
        }
    }
}
