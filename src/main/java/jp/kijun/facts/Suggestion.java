package jp.kijun.facts;

import org.apache.commons.text.similarity.LevenshteinDistance;

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

    /** Levenshtein distance (commons-text): how many single-character edits turn one name into the other. */
    static int distance(String a, String b) {
        return LevenshteinDistance.getDefaultInstance().apply(a, b);
    }
}
