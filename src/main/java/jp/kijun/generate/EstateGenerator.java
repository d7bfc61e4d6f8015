package jp.kijun.generate;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Generates a synthetic but realistic organisation for trying kijun at size: a utility with departments, people
 * (some of whom have left), documents, training, inspections and audits ({@link OrganisationFacts}), and
 * information systems with their accounts, credential policies, access reviews, audit trails, spares and network
 * links ({@link SystemFacts}). A share of the entities carries a seeded gap — an overdue review, an account of a
 * leaver, a single-factor critical system … — so that the rules meet both compliant and non-compliant facts.
 * The same spec always gives the same estate.
 */
public final class EstateGenerator {

    private EstateGenerator() {
    }

    public static Estate generate(EstateSpec spec) {
        SplittableRandom random = new SplittableRandom(spec.seed());
        Context context = new Context(spec, random.split(), new GapPlan(random.split(), spec.gapShare()),
                new Names(random.split()));
        Estate estate = new Estate();
        OrganisationFacts organisation = new OrganisationFacts(context, estate);
        organisation.write();
        new SystemFacts(context, estate, organisation).write();
        return estate;
    }

    /** What both halves of the generator share: the spec, its seeded randomness and the evaluation date. */
    record Context(EstateSpec spec, SplittableRandom random, GapPlan gaps, Names names) {

        LocalDate asOf() {
            return spec.asOf();
        }

        /** A day between {@code min} and {@code max} days before the evaluation date. */
        LocalDate daysAgo(int min, int max) {
            return asOf().minusDays(min + random.nextInt(max - min + 1));
        }

        int between(int min, int max) {
            return min + random.nextInt(max - min + 1);
        }

        <T> T oneOf(List<T> values) {
            return values.get(random.nextInt(values.size()));
        }

        BitSet gaps(int population) {
            return gaps.pick(population);
        }

        static String number(String prefix, int index, int width) {
            return prefix + String.format("%0" + width + "d", index + 1);
        }
    }

    /** The positions of {@code all} whose bit is set, as a list of values. */
    static <T> List<T> chosen(List<T> all, BitSet bits) {
        List<T> result = new ArrayList<>();
        bits.stream().forEach(i -> result.add(all.get(i)));
        return result;
    }
}
