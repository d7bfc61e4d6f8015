package jp.kijun.facts.domain;

import jp.kijun.facts.FactLabels;
import jp.kijun.facts.RecordedDate;
import jp.kijun.facts.model.common.Attestation;
import jp.kijun.facts.model.governance.Clause;
import jp.kijun.facts.model.governance.Committee;
import jp.kijun.facts.model.governance.Document;
import jp.kijun.facts.model.governance.GroupCompany;
import jp.kijun.facts.model.governance.SecurityOrganisation;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.Optional;

/** What rules ask of governance facts: documents and their clauses, committees, group companies, attestations. */
public final class Governance {

    private Governance() {
    }

    /** The later of its approval and review dates: when it was last confirmed as current; {@code null} if neither. */
    public static RecordedDate latestReview(Document document) {
        return RecordedDate.later(document.approvedOn(), document.lastReviewedOn());
    }

    /** Whether the document names its approver and its approval date has certainly been reached on {@code date}. */
    public static boolean isApprovedOn(Document document, LocalDate date) {
        return document.approvedBy() != null && document.approvedOn() != null
                && !document.approvedOn().latest().isAfter(date);
    }

    /** Whether the document has a clause on the given topic (a {@code clauseTopic} code such as {@code exceptions}). */
    public static boolean hasClause(Document document, String topic) {
        return clauseOn(document, topic).isPresent();
    }

    /** The document's first clause on {@code topic}. */
    public static Optional<Clause> clauseOn(Document document, String topic) {
        return document.clauses().stream().filter(clause -> topic.equals(clause.topic())).findFirst();
    }

    /** The schema's label of a clause topic code in {@code language} ({@code ja} or {@code en}); the code if unknown. */
    public static String topicTitle(String topic, String language) {
        return FactLabels.title("clauseTopic", topic, language);
    }

    /** The article number, or an empty text when the clause does not name one. */
    public static String articleOrEmpty(Clause clause) {
        return clause.article() == null ? "" : clause.article();
    }

    /** The date of the latest meeting, or {@code null} if no meeting is recorded. */
    public static RecordedDate lastMeeting(Committee committee) {
        return committee.meetings().stream().max(Comparator.naturalOrder()).orElse(null);
    }

    /** The schema's label of its relationship in {@code language} ({@code ja} or {@code en}); empty if not recorded. */
    public static String relationshipTitle(GroupCompany company, String language) {
        return FactLabels.title("groupCompany.relationship", company.relationship(), language);
    }

    /** Whether the organisation covers the group company with id {@code groupCompanyId}. */
    public static boolean covers(SecurityOrganisation organisation, String groupCompanyId) {
        return organisation.coveredGroupCompanies().contains(groupCompanyId);
    }

    /** Whether the attestation holds on {@code date}: made by then and not expired, by the readings that do not favour it. */
    public static boolean isValidOn(Attestation attestation, LocalDate date) {
        return attestation.attestedOn() != null && attestation.validUntil() != null
                && !attestation.attestedOn().latest().isAfter(date) && !attestation.validUntil().earliest().isBefore(date);
    }
}
