package jp.kijun.generate;

import java.util.BitSet;
import java.util.SplittableRandom;

/**
 * Which entities of a population carry a seeded gap: a share of them, at least one whenever the population is not
 * empty, so that every kind of gap shows at every scale. Each kind of gap draws its own entities from the seed.
 */
final class GapPlan {

    private final SplittableRandom random;
    private final double share;

    GapPlan(SplittableRandom random, double share) {
        this.random = random;
        this.share = share;
    }

    /** The positions, among {@code population} entities, that carry one kind of gap. */
    BitSet pick(int population) {
        BitSet chosen = new BitSet(population);
        if (population == 0 || share <= 0) {
            return chosen;
        }
        int count = (int) Math.min(population, Math.max(1, Math.round(population * share)));
        if (count * 2 > population) {
            chosen.set(0, population);
            while (chosen.cardinality() > count) {
                chosen.clear(random.nextInt(population));
            }
        } else {
            while (chosen.cardinality() < count) {
                chosen.set(random.nextInt(population));
            }
        }
        return chosen;
    }

    /** Whether an organisation-wide gap, of which there is one or none, is present: drawn with the gap share. */
    boolean organisationWide() {
        return random.nextDouble() < share;
    }
}
