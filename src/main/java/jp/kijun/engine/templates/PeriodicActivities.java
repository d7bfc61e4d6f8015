package jp.kijun.engine.templates;

import jp.kijun.catalog.requirement.PeriodicActivity;
import jp.kijun.engine.AsOf;
import jp.kijun.engine.Parameters;
import jp.kijun.facts.FactLabels;
import jp.kijun.facts.RecordedDate;
import jp.kijun.facts.SectionPresence;
import jp.kijun.facts.domain.Activities;
import jp.kijun.facts.domain.Parties;
import jp.kijun.facts.model.activities.Activity;
import jp.kijun.facts.model.activities.ActivityRecord;

import java.util.ArrayList;
import java.util.List;

/**
 * The template {@code periodicActivity}: an activity of one kind done within the period (by its latest occurrence,
 * recorded as an activity record or as the date it was last done), at a recorded frequency no longer than the period,
 * with its results, record and recipient where the item asks for them.
 */
public final class PeriodicActivities {

    private PeriodicActivities() {
    }

    public static List<Judgement> judge(PeriodicActivity requirement, List<Activity> activities, List<ActivityRecord> records,
                                        SectionPresence section,
                                        AsOf asOf, Parameters parameters, Parties parties) {
        long months = parameters.number(requirement.periodMonths());
        String kindJa = requirement.activity().stream().map(kind -> FactLabels.value("activities", "kind", kind, "ja"))
                .collect(java.util.stream.Collectors.joining("・"));
        String kindEn = requirement.activity().stream().map(kind -> FactLabels.value("activities", "kind", kind, "en"))
                .collect(java.util.stream.Collectors.joining(" or "));
        List<Activity> candidates = activities.stream().filter(activity -> requirement.activity().contains(activity.kind())).toList();
        if (candidates.isEmpty()) {
            return List.of(Judgement.fail("「" + kindJa + "」の活動が記録されていません。",
                    "No activity of the kind \"" + kindEn + "\" is recorded.", section));
        }
        List<Judgement> passes = new ArrayList<>();
        List<Judgement> failures = new ArrayList<>();
        for (Activity activity : candidates) {
            RecordedDate latest = Activities.latestDone(activity, records);
            ActivityRecord occurrence = Activities.latestRecord(activity, records);
            Problems problems = new Problems();
            if (latest == null) {
                problems.add("実施の記録がありません", "no occurrence is recorded");
            } else if (!asOf.withinMonths(latest, months)) {
                problems.add("直近の実施 " + latest.ja() + " から " + months + " か月を超えています",
                        "its latest occurrence, on " + latest.en() + ", is more than " + months + " months ago");
            }
            Integer frequencyMonths = Activities.frequencyMonths(activity.frequency());
            if (frequencyMonths != null && frequencyMonths > months) {
                problems.add("記録された頻度（" + FactLabels.value("activities", "frequency", activity.frequency(), "ja")
                                + "）が求められる周期 " + months + " か月より長くなっています",
                        "its recorded frequency (" + FactLabels.value("activities", "frequency", activity.frequency(), "en")
                                + ") is longer than the required period of " + months + " months");
            }
            boolean latestIsRecord = latest != null && occurrence != null && occurrence.doneOn() == latest;
            if (latest != null && requirement.results()
                    && (!latestIsRecord || (occurrence.findings() == null && occurrence.result() == null))) {
                problems.add("直近の実施の結果（指摘件数または結果）が記録されていません",
                        "the results of its latest occurrence (findings or result) are not recorded");
            }
            if (latest != null && requirement.record() && (!latestIsRecord || occurrence.record() == null)) {
                problems.add("直近の実施の記録の保管場所が記録されていません",
                        "where the record of its latest occurrence is kept is not recorded");
            }
            if (latest != null && requirement.reportedTo() && (!latestIsRecord || occurrence.reportedTo() == null)) {
                problems.add("直近の実施の報告先が記録されていません", "to whom its latest occurrence was reported is not recorded");
            }
            String ownKindJa = FactLabels.value("activities", "kind", activity.kind(), "ja");
            String ownKindEn = FactLabels.value("activities", "kind", activity.kind(), "en");
            String name = activity.title() == null ? ownKindJa : activity.title();
            String nameEn = activity.title() == null ? ownKindEn : activity.title();
            if (problems.isEmpty()) {
                passes.add(Judgement.pass(
                        "「" + name + "」（" + ownKindJa + "）は " + latest.ja() + " に実施されています（周期 " + months + " か月以内"
                                + details(occurrence, latestIsRecord, parties, "ja") + "）。",
                        "\"" + nameEn + "\" (" + ownKindEn + ") was done on " + latest.en() + " (within " + months + " months"
                                + details(occurrence, latestIsRecord, parties, "en") + ").", activity, latestIsRecord ? occurrence : null));
            } else {
                failures.add(Judgement.fail("「" + name + "」（" + ownKindJa + "）は、" + problems.ja() + "。",
                        "\"" + nameEn + "\" (" + ownKindEn + "): " + problems.en() + ".", activity, latestIsRecord ? occurrence : null));
            }
        }
        return passes.isEmpty() ? failures : passes;
    }

    private static String details(ActivityRecord occurrence, boolean latestIsRecord, Parties parties, String language) {
        if (!latestIsRecord) {
            return "";
        }
        StringBuilder details = new StringBuilder();
        boolean ja = "ja".equals(language);
        if (occurrence.findings() != null) {
            details.append(ja ? "、指摘 " + occurrence.findings() + " 件" : ", " + occurrence.findings() + " findings");
        }
        if (occurrence.reportedTo() != null) {
            String to = parties.nameOf(occurrence.reportedTo());
            details.append(ja ? "、" + to + " に報告" : ", reported to " + to);
        }
        if (occurrence.record() != null) {
            details.append(ja ? "、記録は" + occurrence.record() : ", record kept in " + occurrence.record());
        }
        return details.toString();
    }
}
