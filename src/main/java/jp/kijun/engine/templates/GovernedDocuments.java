package jp.kijun.engine.templates;

import jp.kijun.catalog.requirement.GovernedDocument;
import jp.kijun.engine.AsOf;
import jp.kijun.engine.Parameters;
import jp.kijun.facts.FactLabels;
import jp.kijun.facts.RecordedDate;
import jp.kijun.facts.SectionPresence;
import jp.kijun.facts.domain.Governance;
import jp.kijun.facts.domain.Parties;
import jp.kijun.facts.domain.Party;
import jp.kijun.facts.model.governance.Clause;
import jp.kijun.facts.model.governance.Document;

import java.util.ArrayList;
import java.util.List;

/**
 * The template {@code governedDocument}: a document of the kinds named that provides for the topic, approved by a
 * party, in force and approved or reviewed within the review period. Passes on each document that is all of these;
 * when none is, fails on each candidate naming exactly what is wrong, or on the documents as a whole when no document
 * provides for the topic.
 */
public final class GovernedDocuments {

    private GovernedDocuments() {
    }

    public static List<Judgement> judge(GovernedDocument requirement, List<Document> documents, SectionPresence section,
                                        AsOf asOf, Parameters parameters, Parties parties) {
        long months = requirement.isReviewed() ? parameters.number(requirement.reviewMonths()) : -1;
        List<Document> candidates = documents.stream()
                .filter(document -> requirement.accepts(document.kind()))
                .filter(document -> requirement.topic() == null || Governance.hasClause(document, requirement.topic()))
                .toList();
        if (candidates.isEmpty()) {
            return List.of(missing(requirement, section));
        }
        List<Judgement> passes = new ArrayList<>();
        List<Judgement> failures = new ArrayList<>();
        for (Document document : candidates) {
            Problems problems = problems(document, asOf, months);
            if (problems.isEmpty()) {
                passes.add(pass(requirement, document, months, parties));
            } else {
                failures.add(Judgement.fail(
                        describe(requirement, document, "ja") + "は、" + problems.ja() + "。",
                        describe(requirement, document, "en") + ": " + problems.en() + ".", document));
            }
        }
        return passes.isEmpty() ? failures : passes;
    }

    private static Judgement missing(GovernedDocument requirement, SectionPresence section) {
        String kindsJa = kinds(requirement, "ja");
        String kindsEn = kinds(requirement, "en");
        if (requirement.topic() == null) {
            return Judgement.fail("文書の中に" + kindsJa + "がありません。", "No " + kindsEn + " is among the documents recorded.",
                    section);
        }
        return Judgement.fail(
                "「" + topic(requirement, "ja") + "」を定める" + kindsJa + "が文書の中にありません。",
                "No " + kindsEn + " among the documents recorded provides for \"" + topic(requirement, "en") + "\".", section);
    }

    /** What keeps a document from serving: its approval, its entry into force, its review. */
    static Problems problems(Document document, AsOf asOf, long months) {
        Problems problems = new Problems();
        RecordedDate approved = document.approvedOn();
        if (document.approvedBy() == null && approved == null) {
            problems.add("承認者と承認日の記録がありません", "neither who approved it nor when is recorded");
        } else if (document.approvedBy() == null) {
            problems.add("承認者の記録がありません", "who approved it is not recorded");
        } else if (approved == null) {
            problems.add("承認日の記録がありません", "when it was approved is not recorded");
        } else if (!asOf.reached(approved)) {
            problems.add(approved.isExact()
                            ? "承認日 " + approved + " が評価日 " + asOf.date() + " より後です（承認されていません）"
                            : "承認日 " + approved.ja() + " が評価日 " + asOf.date() + " までに到来したと確認できません",
                    approved.isExact()
                            ? "its approval date " + approved + " is after the evaluation date " + asOf.date() + " (not approved)"
                            : "its approval date " + approved.en() + " cannot be confirmed to fall on or before " + asOf.date());
        }
        if (document.effectiveFrom() != null && !asOf.reached(document.effectiveFrom())) {
            problems.add("施行日 " + document.effectiveFrom().ja() + " を " + asOf.date() + " の時点で迎えていません（施行前）",
                    "it is not in force on " + asOf.date() + " (effective from " + document.effectiveFrom().en() + ")");
        }
        RecordedDate latest = Governance.latestReview(document);
        if (months >= 0 && latest != null && asOf.reached(approved) && !asOf.withinMonths(latest, months)) {
            problems.add(latest.ja() + " 以降 " + months + " か月を超えて見直されていません",
                    "it has not been reviewed within " + months + " months (last " + (latest == approved ? "approved" : "reviewed")
                            + " on " + latest.en() + ")");
        }
        return problems;
    }

    private static Judgement pass(GovernedDocument requirement, Document document, long months, Parties parties) {
        Party approver = parties.find(document.approvedBy()).orElse(null);
        String approverName = approver == null ? document.approvedBy() : approver.name();
        RecordedDate reviewed = document.lastReviewedOn();
        boolean reviewedSince = reviewed != null && Governance.latestReview(document) == reviewed;
        String reviewJa = months < 0 ? "施行されています"
                : reviewedSince
                ? reviewed.ja() + " に見直されています（周期 " + months + " か月）"
                : "承認から " + months + " か月の見直し周期内です（見直しの記録はありません）";
        String reviewEn = months < 0 ? "in force"
                : reviewedSince
                ? "reviewed on " + reviewed.en() + " (review period " + months + " months)"
                : "within the review period of " + months + " months since approval (no review recorded)";
        String topicJa = requirement.topic() == null ? "" : clause(requirement, document, "ja") + "で「" + topic(requirement, "ja") + "」を定め、";
        String topicEn = requirement.topic() == null ? "" : " provides for \"" + topic(requirement, "en") + "\"" + clause(requirement, document, "en") + ",";
        return Judgement.pass(
                describe(requirement, document, "ja") + "は" + topicJa + approverName + " が " + document.approvedOn().ja()
                        + " に承認し、" + reviewJa + "。",
                describe(requirement, document, "en") + topicEn + " was approved by " + approverName + " on "
                        + document.approvedOn().en() + " and is " + reviewEn + ".",
                document, approver == null ? null : approver.entity());
    }

    /** 規程「情報セキュリティ規程」 / the regulation "Information security regulation". */
    private static String describe(GovernedDocument requirement, Document document, String language) {
        String kind = FactLabels.value("documents", "kind", document.kind(), language);
        return "ja".equals(language) ? kind + "「" + document.title() + "」" : kind + " \"" + document.title() + "\"";
    }

    private static String clause(GovernedDocument requirement, Document document, String language) {
        String article = Governance.clauseOn(document, requirement.topic()).map(Clause::article).orElse(null);
        if (article == null) {
            return "ja".equals(language) ? "の条項" : "";
        }
        return "ja".equals(language) ? "の" + article : " (" + article + ")";
    }

    private static String topic(GovernedDocument requirement, String language) {
        return Governance.topicTitle(requirement.topic(), language);
    }

    private static String kinds(GovernedDocument requirement, String language) {
        if (requirement.kinds().isEmpty()) {
            return "ja".equals(language) ? "承認された文書" : "approved document";
        }
        List<String> labels = requirement.kinds().stream()
                .map(kind -> FactLabels.value("documents", "kind", kind, language)).toList();
        return "ja".equals(language) ? String.join("・", labels) : String.join(" or ", labels).toLowerCase();
    }
}
