package jp.kijun.catalog.requirement;

import java.util.ArrayList;
import java.util.List;

/**
 * A periodic activity: an activity of kind {@code activity} done within the period, recorded, with its results where
 * the item asks for them.
 *
 * @param activity     the activity kind (a code of the fact schema's {@code activityKind})
 * @param periodMonths the parameter that holds the period in months
 * @param results      whether the latest occurrence must record its results (findings or a result)
 * @param record       whether the latest occurrence must say where its record is kept
 * @param reportedTo   whether the latest occurrence must name to whom it was reported
 */
public record PeriodicActivity(String control, int aspect, String activity, String periodMonths, boolean results,
                               boolean record, boolean reportedTo) implements Requirement {

    public static final String TEMPLATE = "periodicActivity";

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
