package jp.kijun.generate;

import java.time.LocalDate;

/**
 * What to generate: an organisation with {@code accounts} user accounts over {@code accounts / 20} information
 * systems, dated relative to {@code asOf}, with a {@code gapShare} of its entities carrying a seeded gap.
 *
 * @param accounts the number of user accounts (at least {@link #MINIMUM_ACCOUNTS})
 * @param seed     the seed: the same spec always gives byte-identical files
 * @param gapShare the share (0–1) of the entities of each population that carry each kind of gap
 * @param asOf     the date the facts describe, the date to evaluate them on
 */
public record EstateSpec(int accounts, long seed, double gapShare, LocalDate asOf) {

    /** Fewer accounts than this would leave a system without any. */
    public static final int MINIMUM_ACCOUNTS = 20;

    public EstateSpec {
        if (accounts < MINIMUM_ACCOUNTS) {
            throw new IllegalArgumentException("expected at least " + MINIMUM_ACCOUNTS + " accounts, got " + accounts);
        }
        if (!(gapShare >= 0 && gapShare <= 1)) {
            throw new IllegalArgumentException("expected a gap share between 0 and 1, got " + gapShare);
        }
    }

    /** One information system per 20 accounts. */
    public int systems() {
        return Math.max(1, accounts / 20);
    }

    /** One department per 10 systems, at least three. */
    public int departments() {
        return Math.max(3, (systems() + 9) / 10);
    }

    /** One person per four accounts, at least one per department and system. */
    public int people() {
        return Math.max(accounts / 4, departments() * 4);
    }
}
