package jp.kijun.facts;

import java.util.Collection;
import java.util.Comparator;
import java.util.Locale;
import java.util.Optional;

/** "Did you mean …?": the known name closest to a misspelt one, if it is close enough to be what was meant. */
public final class Suggestion {

    private Suggestion() {
    }

    /** The candidate within a few edits of {@code unknown} (ignoring case), the closest first. */
    public static Optional<String> closest(String unknown, Collection<String> candidates) {
        String wanted = unknown.toLowerCase(Locale.ROOT);
        return candidates.stream()
                .min(Comparator.comparingInt(candidate -> distance(candidate.toLowerCase(Locale.ROOT), wanted)))
                .filter(candidate -> distance(candidate.toLowerCase(Locale.ROOT), wanted) <= Math.max(2, unknown.length() / 3));
    }

    /** Levenshtein distance: how many single-character edits turn one name into the other. */
    static int distance(String a, String b) {
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int substitution = previous[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
                current[j] = Math.min(substitution, Math.min(previous[j] + 1, current[j - 1] + 1));
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[b.length()];
    }
}
