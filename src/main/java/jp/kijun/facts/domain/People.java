package jp.kijun.facts.domain;

import jp.kijun.facts.RecordedDate;
import jp.kijun.facts.model.people.Person;

import java.time.LocalDate;

/** What rules ask of people: whether someone is on the staff on a date, and how to name them in a message. */
public final class People {

    private People() {
    }

    /**
     * Whether the person is on the staff on {@code asOf}: certainly joined by then (an unknown joining date counts as
     * joined) and not possibly left before it — a month or a year recorded as the leaving date counts from its first day.
     */
    public static boolean isCurrent(Person person, LocalDate asOf) {
        return (person.joinedOn() == null || !person.joinedOn().latest().isAfter(asOf))
                && (person.leftOn() == null || !person.leftOn().earliest().isBefore(asOf));
    }

    /** The name followed by the job title in brackets, for messages: 北条 和人（取締役 常務執行役員）. */
    public static String nameAndTitle(Person person) {
        return person.jobTitle() == null ? person.name() : person.name() + "（" + person.jobTitle() + "）";
    }

    /** The schema's label of an employment kind code in {@code language} ({@code ja} or {@code en}). */
    public static String employmentKindTitle(String employmentKind, String language) {
        return jp.kijun.facts.FactLabels.title("employmentKind", employmentKind, language);
    }

    /** Whether the person's leaving date is recorded and falls before {@code day}, by its earliest reading. */
    public static boolean leftBefore(Person person, RecordedDate day) {
        return person.leftOn() != null && day != null && person.leftOn().earliest().isBefore(day.earliest());
    }
}
