package jp.kijun.engine.templates;

import jp.kijun.catalog.requirement.Expectation;
import jp.kijun.catalog.requirement.InventoryProperty;
import jp.kijun.catalog.requirement.RecordPerEvent;
import jp.kijun.engine.AsOf;
import jp.kijun.engine.Parameters;
import jp.kijun.engine.Verdict;
import jp.kijun.facts.EntityFields;
import jp.kijun.facts.ExplicitNone;
import jp.kijun.facts.FactLabels;
import jp.kijun.facts.RecordedDate;
import jp.kijun.facts.SectionPresence;

import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The templates {@code inventoryProperty} and {@code recordPerEvent}: every entry of a section that matches the
 * filter has the field as expected. An inventory entry whose field is not recorded leaves the control not reviewed;
 * an event without its record fails it; no entry to speak of makes it not applicable. One pass cites every entry that
 * meets the expectation; each entry that does not is a failure of its own.
 */
public final class EntryChecks {

    private EntryChecks() {
    }

    public static List<Judgement> judge(InventoryProperty requirement, List<?> entries, List<ExplicitNone> nones,
                                        SectionPresence section, AsOf asOf, Parameters parameters) {
        Labels labels = new Labels(requirement.section(), requirement.where());
        List<?> matching = matching(entries, requirement.where());
        if (matching.isEmpty()) {
            return List.of(labels.nothingToCheck(entries.isEmpty(), section));
        }
        String field = requirement.field();
        Expectation expect = requirement.expect();
        Set<Object> recordedNone = recordedNone(nones, field);
        List<Judgement> judgements = new ArrayList<>();
        List<Object> meeting = new ArrayList<>();
        for (Object entry : matching) {
            List<Object> values = EntityFields.values(entry, field);
            if (values.isEmpty() && !recordedNone.contains(entry)) {
                judgements.add(Judgement.of(Verdict.INCOMPLETE,
                        labels.entry(entry, "ja") + "の" + labels.field(field, "ja") + "が記録されていないため、確認できません。",
                        labels.entry(entry, "en") + ": " + labels.field(field, "en") + " is not recorded, so it cannot be reviewed.",
                        entry));
            } else if (meets(expect, values, asOf, parameters)) {
                meeting.add(entry);
            } else {
                judgements.add(Judgement.fail(
                        labels.entry(entry, "ja") + "の" + labels.field(field, "ja") + "は" + labels.values(field, values, "ja")
                                + "で、" + Phrases.expectation(expect, parameters, "ja") + "ではありません。",
                        labels.entry(entry, "en") + ": " + labels.field(field, "en") + " is " + labels.values(field, values, "en")
                                + ", not " + Phrases.expectation(expect, parameters, "en") + ".", entry));
            }
        }
        if (!meeting.isEmpty()) {
            judgements.add(0, new Judgement(Verdict.PASS, new jp.kijun.catalog.Text(
                    labels.all(meeting.size(), "ja") + "で、" + labels.field(field, "ja") + "は" + Phrases.expectation(expect, parameters, "ja") + "です。",
                    labels.all(meeting.size(), "en") + ": " + labels.field(field, "en") + " is " + Phrases.expectation(expect, parameters, "en") + "."),
                    meeting));
        }
        return judgements;
    }

    public static List<Judgement> judge(RecordPerEvent requirement, List<?> entries, List<ExplicitNone> nones,
                                        SectionPresence section, AsOf asOf, Parameters parameters) {
        Labels labels = new Labels(requirement.section(), requirement.where());
        List<?> matching = matching(entries, requirement.where());
        if (requirement.sinceMonths() != null) {
            long months = parameters.number(requirement.sinceMonths());
            matching = matching.stream().filter(entry -> inWindow(entry, requirement.date(), asOf, months)).toList();
        }
        if (matching.isEmpty()) {
            return List.of(labels.nothingToCheck(entries.isEmpty(), section));
        }
        String record = requirement.record();
        List<Judgement> judgements = new ArrayList<>();
        List<Object> recorded = new ArrayList<>();
        for (Object entry : matching) {
            if (!EntityFields.isRecorded(entry, record)) {
                judgements.add(Judgement.fail(
                        labels.entry(entry, "ja") + "に" + labels.field(record, "ja") + "の記録がありません。",
                        labels.entry(entry, "en") + " has no record of " + labels.field(record, "en") + ".", entry));
                continue;
            }
            Long late = lateBy(requirement, entry, parameters);
            if (late != null) {
                long limit = parameters.number(requirement.withinDays().parameter());
                judgements.add(Judgement.fail(
                        labels.entry(entry, "ja") + "の" + labels.field(requirement.withinDays().to(), "ja") + "は"
                                + labels.field(requirement.deadlineFrom(), "ja") + "から最大 " + late + " 日後で、期限の " + limit + " 日を超えています。",
                        labels.entry(entry, "en") + ": " + labels.field(requirement.withinDays().to(), "en") + " is up to " + late
                                + " days after " + labels.field(requirement.deadlineFrom(), "en") + ", beyond the limit of " + limit + " days.",
                        entry));
                continue;
            }
            recorded.add(entry);
        }
        if (!recorded.isEmpty()) {
            String within = requirement.withinDays() == null ? ""
                    : "（" + parameters.number(requirement.withinDays().parameter()) + " 日以内）";
            String withinEn = requirement.withinDays() == null ? ""
                    : " (within " + parameters.number(requirement.withinDays().parameter()) + " days)";
            judgements.add(0, new Judgement(Verdict.PASS, new jp.kijun.catalog.Text(
                    labels.all(recorded.size(), "ja") + "に" + labels.field(record, "ja") + "が記録されています" + within + "。",
                    labels.all(recorded.size(), "en") + " record " + labels.field(record, "en") + withinEn + "."), recorded));
        }
        return judgements;
    }

    /** The days by which the record follows the event beyond the deadline, the most the records allow; null if in time. */
    private static Long lateBy(RecordPerEvent requirement, Object entry, Parameters parameters) {
        if (requirement.withinDays() == null) {
            return null;
        }
        RecordedDate from = firstDate(entry, requirement.deadlineFrom());
        RecordedDate to = firstDate(entry, requirement.withinDays().to());
        if (from == null || to == null) {
            return null;
        }
        long days = ChronoUnit.DAYS.between(from.earliest(), to.latest());
        return days > parameters.number(requirement.withinDays().parameter()) ? days : null;
    }

    private static boolean inWindow(Object entry, String dateField, AsOf asOf, long months) {
        RecordedDate on = dateField == null ? null : firstDate(entry, dateField);
        return on == null || !on.latest().isBefore(asOf.date().minusMonths(months));
    }

    private static RecordedDate firstDate(Object entry, String field) {
        return EntityFields.values(entry, field).stream().filter(RecordedDate.class::isInstance)
                .map(RecordedDate.class::cast).findFirst().orElse(null);
    }

    static List<?> matching(List<?> entries, Map<String, List<String>> where) {
        return entries.stream().filter(entry -> where.entrySet().stream().allMatch(condition ->
                EntityFields.values(entry, condition.getKey()).stream()
                        .anyMatch(value -> condition.getValue().contains(String.valueOf(value))))).toList();
    }

    private static Set<Object> recordedNone(List<ExplicitNone> nones, String field) {
        Set<Object> entries = java.util.Collections.newSetFromMap(new IdentityHashMap<>());
        nones.stream().filter(none -> none.field().equals(field)).forEach(none -> entries.add(none.fact()));
        return entries;
    }

    static boolean meets(Expectation expect, List<Object> values, AsOf asOf, Parameters parameters) {
        List<String> texts = values.stream().map(String::valueOf).toList();
        return switch (expect.kind()) {
            case PRESENT -> !values.isEmpty();
            case EQUALS -> !values.isEmpty() && texts.stream().allMatch(expect.values().get(0)::equals);
            case ONE_OF -> !values.isEmpty() && expect.values().containsAll(texts);
            case NONE_OF -> texts.stream().noneMatch(expect.values()::contains);
            case INCLUDES -> texts.contains(expect.values().get(0));
            case AT_LEAST -> !values.isEmpty() && values.stream().allMatch(value -> value instanceof Number number
                    && number.longValue() >= parameters.number(expect.parameter()));
            case AT_MOST -> !values.isEmpty() && values.stream().allMatch(value -> value instanceof Number number
                    && number.longValue() <= parameters.number(expect.parameter()));
            case WITHIN_MONTHS -> dates(values).stream().anyMatch(date -> asOf.withinMonths(date, parameters.number(expect.parameter())));
            case NOT_PAST -> !values.isEmpty() && dates(values).size() == values.size() && dates(values).stream().allMatch(asOf::notPast);
            case NOT_PAST_BY -> !values.isEmpty() && dates(values).size() == values.size()
                    && dates(values).stream().allMatch(date -> asOf.atLeastMonthsAhead(date, parameters.number(expect.parameter())));
        };
    }

    private static List<RecordedDate> dates(List<Object> values) {
        return values.stream().filter(RecordedDate.class::isInstance).map(RecordedDate.class::cast).collect(Collectors.toList());
    }

    /** How messages name the section, its entries, its fields and their values, from the schema's labels. */
    private record Labels(String section, Map<String, List<String>> where) {

        String entry(Object entry, String language) {
            String type = FactLabels.section(section, language);
            return "ja".equals(language) ? type + "「" + EntryNames.of(entry) + "」" : type + " \"" + EntryNames.of(entry) + "\"";
        }

        String field(String path, String language) {
            return FactLabels.field(section, path, language);
        }

        String values(String path, List<Object> values, String language) {
            if (values.isEmpty()) {
                return "ja".equals(language) ? "「なし」" : "recorded as none";
            }
            List<String> labels = values.stream().map(value -> value instanceof RecordedDate date
                    ? ("ja".equals(language) ? date.ja() : date.en())
                    : FactLabels.value(section, path, value, language)).toList();
            return "ja".equals(language) ? "「" + String.join("、", labels) + "」" : String.join(", ", labels);
        }

        /** 「電子計算機」のうち種別が「サーバ」の 12 件すべて / all 12 computers where kind is server. */
        String all(int count, String language) {
            String type = FactLabels.section(section, language);
            if ("ja".equals(language)) {
                return "「" + type + "」" + filter("ja") + "の " + count + " 件すべて";
            }
            return "All " + count + " of " + type.toLowerCase() + filter("en");
        }

        String filter(String language) {
            if (where.isEmpty()) {
                return "";
            }
            List<String> parts = new ArrayList<>();
            where.forEach((path, accepted) -> parts.add("ja".equals(language)
                    ? field(path, "ja") + "が" + accepted.stream().map(v -> "「" + FactLabels.value(section, path, v, "ja") + "」")
                    .collect(Collectors.joining("・"))
                    : field(path, "en").toLowerCase() + " is " + accepted.stream().map(v -> FactLabels.value(section, path, v, "en"))
                    .collect(Collectors.joining(" or "))));
            return "ja".equals(language) ? "のうち" + String.join("、", parts) + "のもの" : " where " + String.join(" and ", parts);
        }

        Judgement nothingToCheck(boolean empty, SectionPresence section) {
            String type = FactLabels.section(this.section, "ja");
            String typeEn = FactLabels.section(this.section, "en");
            return empty
                    ? Judgement.of(Verdict.NOT_APPLICABLE, "「" + type + "」は「なし」と記録されているため、該当しません。",
                    "Not applicable: " + typeEn + " are recorded as none.", section)
                    : Judgement.of(Verdict.NOT_APPLICABLE, "「" + type + "」" + filter("ja") + "は記録されていないため、該当しません。",
                    "Not applicable: no " + typeEn.toLowerCase() + filter("en") + " is recorded.", section);
        }
    }
}
