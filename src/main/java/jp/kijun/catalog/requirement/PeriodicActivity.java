package jp.kijun.catalog.requirement;

import java.util.ArrayList;
import java.util.List;

/**
 * A periodic activity: an activity of kind {@code activity} done within the period, recorded, with its results where
 * the item asks for them.
 *
 * @param activity     the activity kinds that serve (codes of the fact schema's {@code activityKind}): one, or several
 *                     where the item accepts any of them (an external audit or a third-party assessment)
 * @param periodMonths the parameter that holds the period in months
 * @param results      whether the latest occurrence must record its results (findings or a result)
 * @param record       whether the latest occurrence must say where its record is kept
 * @param reportedTo   whether the latest occurrence must name to whom it was reported
 */
public record PeriodicActivity(String control, int aspect, List<String> activity, String periodMonths, boolean results,
                               boolean record, boolean reportedTo) implements Requirement {

    public static final String TEMPLATE = "periodicActivity";

    public PeriodicActivity {
        activity = activity == null ? List.of() : List.copyOf(activity);
    }

    @Override
    public String template() {
        return TEMPLATE;
    }

    @Override
    public PeriodicActivity scoped(String control, int aspect) {
        return new PeriodicActivity(control, aspect, activity, periodMonths, results, record, reportedTo);
    }

    @Override
    public List<String> sections() {
        return List.of("activities");
    }

    @Override
    public List<String> parameters() {
        List<String> names = new ArrayList<>();
        if (periodMonths != null) {
            names.add(periodMonths);
        }
        return names;
    }
}
