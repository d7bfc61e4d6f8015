package jp.kijun.facts.domain;

import jp.kijun.facts.FactLabels;
import jp.kijun.facts.RecordedDate;
import jp.kijun.facts.model.activities.Activity;
import jp.kijun.facts.model.activities.InternalAudit;
import jp.kijun.facts.model.activities.ActivityRecord;
import jp.kijun.facts.model.activities.SecurityReview;

import java.util.List;
import jp.kijun.facts.model.activities.TrainingPlan;

/** What rules ask of activities: training plans and their periods, internal audits, reviews of the measures. */
public final class Activities {

    private Activities() {
    }

    /** Whether {@code date} certainly falls within the plan period, both ends included. */
    public static boolean covers(TrainingPlan plan, RecordedDate date) {
        return date != null && plan.periodFrom() != null && plan.periodTo() != null
                && !date.earliest().isBefore(plan.periodFrom().earliest()) && !date.latest().isAfter(plan.periodTo().latest());
    }

    /** The schema's label of an audience code in {@code language} ({@code ja} or {@code en}); the code if unknown. */
    public static String audienceTitle(String audience, String language) {
        return FactLabels.title("audience", audience, language);
    }

    /** Whether the department with id {@code departmentId} is among the departments audited. */
    public static boolean audits(InternalAudit audit, String departmentId) {
        return audit.auditedDepartments().contains(departmentId);
    }

    /** Whether the review took up the results of at least one self-inspection or internal audit. */
    public static boolean considersResults(SecurityReview review) {
        return !review.selfInspections().isEmpty() || !review.internalAudits().isEmpty();
    }

    /** Whether the review was certainly held after {@code day}. */
    public static boolean heldAfter(SecurityReview review, RecordedDate day) {
        return day != null && review.heldOn() != null && review.heldOn().earliest().isAfter(day.latest());
    }

    /** The latest record of {@code activity} among {@code records}, by the reading that does not favour it; null if none. */
    public static ActivityRecord latestRecord(Activity activity, List<ActivityRecord> records) {
        ActivityRecord latest = null;
        for (ActivityRecord record : records) {
            if (activity.id().equals(record.activity()) && record.doneOn() != null
                    && (latest == null || RecordedDate.later(latest.doneOn(), record.doneOn()) == record.doneOn())) {
                latest = record;
            }
        }
        return latest;
    }

    /** When the activity was last done: the later of its latest record and the date it records as last done; null if neither. */
    public static RecordedDate latestDone(Activity activity, List<ActivityRecord> records) {
        ActivityRecord record = latestRecord(activity, records);
        return RecordedDate.later(record == null ? null : record.doneOn(), activity.lastOn());
    }

    /** How many months a frequency code stands for at most (a week and a month count as one); null for none. */
    public static Integer frequencyMonths(String frequency) {
        if (frequency == null) {
            return null;
        }
        return switch (frequency) {
            case "weekly", "monthly" -> 1;
            case "quarterly" -> 3;
            case "halfYearly" -> 6;
            case "yearly", "fiscalYearly" -> 12;
            default -> null;
        };
    }
}
