package jp.kijun.engine.templates;

import jp.kijun.catalog.Catalog;
import jp.kijun.catalog.CatalogLoader;
import jp.kijun.engine.ControlResult;
import jp.kijun.engine.Evaluation;
import jp.kijun.engine.Evaluator;
import jp.kijun.engine.Outcome;
import jp.kijun.engine.Reason;
import jp.kijun.engine.RuleBase;
import jp.kijun.engine.TestRuleBases;
import jp.kijun.engine.Verdict;
import jp.kijun.facts.FactLoader;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Each requirement template, tried once on a small fixed catalog ({@code template-catalog/}) with the template rules
 * of {@code rules/templates/} and one hand-written rule that decides two controls: what passes, what fails and why,
 * what is not reviewed, what does not apply.
 */
class RequirementTemplatesTest {

    private static final LocalDate AS_OF = LocalDate.of(2026, 4, 1);
    private static final Map<String, Object> PARAMETERS = Map.of("testReviewMonths", 12L, "testPeriodMonths", 12L,
            "testMaxAttempts", 10L, "testSuspensionDays", 3L);
    private static final String HAND_WRITTEN = """
            package test.rules;
            import jp.kijun.engine.Finding;
            import jp.kijun.facts.model.systems.InformationSystem;

            rule "T1a-1-08 a system locks"
              @control("T1a-1-08, T1a-1-09")
            when
              $system : InformationSystem(lockout != null)
            then
              insert(Finding.pass(kcontext, "ロックします", "locks", $system));
            end
            """;

    private static Catalog catalog;
    private static RuleBase rules;

    @TempDir
    Path dir;

    @BeforeAll
    static void compile() throws Exception {
        catalog = CatalogLoader.load("template-catalog/");
        List<String> drls = new java.util.ArrayList<>();
        for (String file : List.of("templates.drl", "needs.drl")) {
            drls.add(Files.readString(Path.of("rules/templates", file), StandardCharsets.UTF_8)
                    .replace("package kijun.rules.templates;", "package test.templates;"));
        }
        drls.add(HAND_WRITTEN);
        rules = TestRuleBases.compile(drls);
    }

    private static final String PEOPLE = """
            people:
              - {id: p-president, name: 社長 一郎, jobTitle: 代表取締役社長}
              - {id: p-left, name: 退職 二郎, leftOn: 2025-12-31}
            departments:
              - {id: dept-audit, name: 監査室, kind: office}
            governingBodies:
              - {id: gb-board, name: 取締役会, kind: board}
            """;

    private Evaluation evaluate(String yaml) throws Exception {
        Path file = dir.resolve("facts-" + System.nanoTime() + ".yaml");
        Files.writeString(file, PEOPLE + yaml, StandardCharsets.UTF_8);
        return new Evaluator(List.of(rules), catalog).evaluate(new FactLoader().load(List.of(file)), AS_OF, PARAMETERS);
    }

    private static ControlResult result(Evaluation evaluation, String id) {
        return evaluation.result(id).orElseThrow();
    }

    private static String reasons(ControlResult result) {
        return result.reasons().stream().map(reason -> "[" + reason.verdict() + "] " + reason.message().ja())
                .collect(Collectors.joining("\n"));
    }

    private static void assertOutcome(Outcome expected, ControlResult result, String... reasonParts) {
        assertEquals(expected, result.outcome(), reasons(result));
        for (String part : reasonParts) {
            assertTrue(reasons(result).contains(part), "expected 「" + part + "」 in\n" + reasons(result));
        }
    }

    private static String document(String fields) {
        return "documents:\n  - {id: DOC-REG, kind: regulation, title: 情報セキュリティ規程, " + fields
                + ", clauses: [{topic: exceptions, article: 第12条}]}\n";
    }

    @Test
    void aGovernedDocumentPassesApprovedByABodyInForceAndReviewedNamingItsArticle() throws Exception {
        ControlResult result = result(evaluate(document("approvedBy: gb-board, approvedOn: 2023-02, lastReviewedOn: 2025-10-01")),
                "T1a-1-01");
        assertOutcome(Outcome.PASSED, result, "規程「情報セキュリティ規程」は", "の第12条で「例外措置」を定め",
                "取締役会 が 2023-02（日は記録なし） に承認し", "2025-10-01 に見直されています（周期 12 か月）");
        assertEquals(List.of("DOC-REG", "gb-board"), result.reasons().get(0).facts().stream().map(f -> f.id()).toList());
    }

    @Test
    void aGovernedDocumentSaysExactlyWhatIsWrongWithItsApproval() throws Exception {
        assertOutcome(Outcome.FAILED, result(evaluate(document("approvedOn: 2025-05-01")), "T1a-1-01"),
                "承認者の記録がありません");
        assertOutcome(Outcome.FAILED, result(evaluate(document("approvedBy: p-president")), "T1a-1-01"),
                "承認日の記録がありません");
        assertOutcome(Outcome.FAILED, result(evaluate(document("approvedBy: p-president, approvedOn: 2026-05-01")), "T1a-1-01"),
                "承認日 2026-05-01 が評価日 2026-04-01 より後です");
        assertOutcome(Outcome.FAILED, result(evaluate(document("approvedBy: p-president, approvedOn: 2026-04")), "T1a-1-01"),
                "承認日 2026-04（日は記録なし） が評価日 2026-04-01 までに到来したと確認できません");
    }

    @Test
    void aGovernedDocumentNotInForceOrNotReviewedFails() throws Exception {
        assertOutcome(Outcome.FAILED, result(evaluate(document(
                "approvedBy: p-president, approvedOn: 2026-03-01, effectiveFrom: 2026-06-01")), "T1a-1-01"), "施行前");
        assertOutcome(Outcome.FAILED, result(evaluate(document("approvedBy: p-president, approvedOn: 2024")), "T1a-1-01"),
                "2024年（月日は記録なし） 以降 12 か月を超えて見直されていません");
    }

    @Test
    void aGovernedDocumentFailsWhenNoDocumentProvidesForTheTopicAndIsNotReviewedWithoutDocuments() throws Exception {
        assertOutcome(Outcome.FAILED, result(evaluate("documents:\n  - {id: DOC-X, kind: regulation, title: 別の規程}\n"),
                "T1a-1-01"), "「例外措置」を定める規程・基準が文書の中にありません");
        assertOutcome(Outcome.NOT_REVIEWED, result(evaluate("systems: []\n"), "T1a-1-01"), "「文書」が記録されていないため");
    }

    @Test
    void aPeriodicActivityPassesWithinThePeriodWithItsResultsAndFailsOtherwise() throws Exception {
        String activity = """
                activities:
                  - {id: ACT-SI, kind: selfInspection, title: 情報セキュリティ自己点検, frequency: %s}
                activityRecords:
                  - {id: SI-1, activity: ACT-SI, doneOn: %s, by: dept-audit, findings: 3, reportedTo: gb-board}
                """;
        assertOutcome(Outcome.PASSED, result(evaluate(activity.formatted("yearly", "2025-11")), "T1a-1-02"),
                "「情報セキュリティ自己点検」（自己点検）は 2025-11（日は記録なし） に実施されています", "指摘 3 件", "取締役会 に報告");
        assertOutcome(Outcome.FAILED, result(evaluate(activity.formatted("yearly", "2025-03-31")), "T1a-1-02"),
                "直近の実施 2025-03-31 から 12 か月を超えています");
        assertOutcome(Outcome.FAILED, result(evaluate(activity.formatted("fiscalYearly", "2024年度")), "T1a-1-02"),
                "直近の実施 2024年度");
        assertOutcome(Outcome.FAILED, result(evaluate("""
                activities:
                  - {id: ACT-SI, kind: selfInspection, frequency: quarterly, lastOn: 2026-02}
                """), "T1a-1-02"), "直近の実施の結果（指摘件数または結果）が記録されていません", "直近の実施の報告先が記録されていません");
        assertOutcome(Outcome.FAILED, result(evaluate("activities: []\n"), "T1a-1-02"), "「自己点検」の活動が記録されていません");
    }

    @Test
    void aDesignatedPartyMayBeAUnitAndMustBeInOffice() throws Exception {
        String role = "roles:\n  - {id: role-audit, title: 内部監査責任者, holder: %s, duties: [internalAudit]}\n";
        assertOutcome(Outcome.PASSED, result(evaluate(role.formatted("dept-audit")), "T1a-1-03"),
                "「内部監査」は役割「内部監査責任者」として 監査室 が担っています");
        assertOutcome(Outcome.FAILED, result(evaluate(role.formatted("p-left")), "T1a-1-03"),
                "担当者 退職 二郎 は 2026-04-01 の時点で在任していません");
        assertOutcome(Outcome.FAILED, result(evaluate("roles: []\n"), "T1a-1-03"), "「内部監査」を担う役割が定められていません");
    }

    private static final String SYSTEMS = """
            systems:
              - {id: sys-a, name: 給電指令システム, criticality: high, lockout: {threshold: 5}}
              - {id: sys-b, name: 料金システム, criticality: high, lockout: {threshold: 20}}
              - {id: sys-c, name: 社内ポータル, criticality: high}
              - {id: sys-d, name: 掲示板, criticality: low, lockout: {threshold: 99}}
            """;

    @Test
    void anInventoryPropertyNamesEachEntryThatFailsOrIsNotRecordedAndCitesThoseThatPass() throws Exception {
        ControlResult result = result(evaluate(SYSTEMS), "T1a-1-04");
        assertOutcome(Outcome.FAILED, result,
                "情報システム「料金システム」のアカウントロックのロックまでの失敗回数は「20」で、10 以下ではありません",
                "情報システム「社内ポータル」のアカウントロックのロックまでの失敗回数が記録されていないため、確認できません",
                "「情報システム」のうち重要度が「高」のものの 1 件すべてで");
        assertEquals(List.of(Verdict.FAIL, Verdict.INCOMPLETE, Verdict.PASS),
                result.reasons().stream().map(Reason::verdict).toList(), "every aspect, most severe first");
        assertOutcome(Outcome.NOT_APPLICABLE, result(evaluate("systems: []\n"), "T1a-1-04"), "「なし」と記録されている");
    }

    @Test
    void aRecordPerEventFailsOnAMissingOrLateRecordAndDoesNotApplyWithoutEvents() throws Exception {
        String events = """
                accounts:
                  - {id: acc-1, system: sys-a, owner: p-president, status: active}
                misuseEvents:
                  - {id: MIS-1, account: acc-1, detectedOn: 2026-01-10, suspendedOn: 2026-01-11}
                  - {id: MIS-2, account: acc-1, detectedOn: 2026-02-10, suspendedOn: 2026-02-20}
                  - {id: MIS-3, account: acc-1, detectedOn: 2026-03-10}
                """;
        ControlResult result = result(evaluate(SYSTEMS + events), "T1a-1-05");
        assertOutcome(Outcome.FAILED, result, "MIS-3", "の記録がありません", "最大 10 日後で、期限の 3 日を超えています",
                "1 件すべてに");
        assertOutcome(Outcome.NOT_APPLICABLE, result(evaluate("misuseEvents: []\n"), "T1a-1-05"));
    }

    @Test
    void anItemDecidedWithAnotherTakesItsDecisionAndSaysSo() throws Exception {
        Evaluation evaluation = evaluate(document("approvedBy: gb-board, approvedOn: 2025-10-01"));
        assertEquals(Outcome.PASSED, result(evaluation, "T1a-1-06").outcome());
        assertEquals("T1a-1-01", result(evaluation, "T1a-1-06").item().decidedWith());
    }

    @Test
    void everyRequirementMustPassAndASilentOneLeavesTheControlNotReviewed() throws Exception {
        String documents = document("approvedBy: gb-board, approvedOn: 2025-10-01");
        assertOutcome(Outcome.NOT_REVIEWED, result(evaluate(documents), "T1a-1-07"), "「役割」が記録されていないため");
        assertOutcome(Outcome.FAILED, result(evaluate(documents + "roles: []\n"), "T1a-1-07"), "を担う役割が定められていません");
        assertOutcome(Outcome.PASSED, result(evaluate(documents
                + "roles:\n  - {id: role-audit, title: 内部監査責任者, holder: dept-audit, duties: [internalAudit]}\n"), "T1a-1-07"));
    }

    @Test
    void declaredNeedsGiveNotRecordedAndNotApplicableAndOneRuleDecidesTwoControls() throws Exception {
        Evaluation evaluation = evaluate(SYSTEMS);
        assertOutcome(Outcome.NOT_REVIEWED, result(evaluation, "T1a-1-08"),
                "情報システム「sys-c」のアカウントロックが記録されていないため、確認できません", "ロックします");
        assertOutcome(Outcome.PASSED, result(evaluation, "T1a-1-09"), "ロックします");
        assertOutcome(Outcome.NOT_REVIEWED, result(evaluate("documents: []\n"), "T1a-1-08"), "「情報システム」が記録されていないため");
        assertOutcome(Outcome.NOT_APPLICABLE, result(evaluate("systems: []\n"), "T1a-1-08"), "「なし」と記録されている");
    }

    @Test
    void aPlannedItemPointsToTheEncodedItemThatSharesItsRequirement() throws Exception {
        assertOutcome(Outcome.NOT_REVIEWED, result(evaluate("systems: []\n"), "T1a-1-10"), "T1a-1-01 は規則で判断されています");
    }
}
