package jp.kijun.engine;

import jp.kijun.catalog.Text;
import jp.kijun.facts.FactSet;
import jp.kijun.facts.SectionPresence;
import jp.kijun.facts.model.systems.AccessReview;
import jp.kijun.facts.model.systems.Account;
import jp.kijun.facts.model.governance.Clause;
import jp.kijun.facts.model.governance.Document;
import jp.kijun.facts.model.systems.InformationSystem;
import jp.kijun.facts.model.people.Person;

import java.time.LocalDate;
import jp.kijun.facts.RecordedDate;
import jp.kijun.facts.domain.People;
import jp.kijun.facts.domain.Systems;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The floor the benchmarks compare Drools with: the rules of the account and authentication controls
 * ({@link #CONTROLS}) written by hand in plain Java over the same facts, with hash maps for the joins. It makes the
 * same findings — control, verdict, rule and cited facts; {@code PlainJavaFloorTest} checks that on a generated
 * estate — and builds a message of similar length for each, so that the comparison is of like with like.
 */
final class PlainJavaAccountChecks {

    /** The controls whose rules are written here. */
    static final Set<String> CONTROLS = Set.of("P3a-1-01", "P3a-1-02", "P3a-1-03", "P3a-2-02", "P3a-3-02");

    private final List<Finding> findings = new ArrayList<>();
    private final AsOf asOf;
    private final Map<String, Object> parameters;

    private PlainJavaAccountChecks(LocalDate asOf, Map<String, Object> parameters) {
        this.asOf = new AsOf(asOf);
        this.parameters = parameters;
    }

    static List<Finding> evaluate(FactSet facts, LocalDate asOf, Map<String, Object> parameters) {
        PlainJavaAccountChecks checks = new PlainJavaAccountChecks(asOf, parameters);
        checks.run(facts.facts());
        return checks.findings;
    }

    private void run(List<Object> facts) {
        List<InformationSystem> systems = new ArrayList<>();
        List<Account> accounts = new ArrayList<>();
        List<Document> documents = new ArrayList<>();
        Map<String, Person> people = new HashMap<>();
        Map<String, Document> documentsById = new HashMap<>();
        Map<String, List<AccessReview>> reviewsBySystem = new HashMap<>();
        Map<String, SectionPresence> sections = new HashMap<>();
        for (Object fact : facts) {
            if (fact instanceof InformationSystem system) {
                systems.add(system);
            } else if (fact instanceof Account account) {
                accounts.add(account);
            } else if (fact instanceof Document document) {
                documents.add(document);
                documentsById.put(document.id(), document);
            } else if (fact instanceof Person person) {
                people.put(person.id(), person);
            } else if (fact instanceof AccessReview review) {
                reviewsBySystem.computeIfAbsent(review.system(), k -> new ArrayList<>()).add(review);
            } else if (fact instanceof SectionPresence presence) {
                sections.put(presence.section(), presence);
            }
        }
        Map<String, int[]> accountsBySystem = new HashMap<>(); // all, active, active privileged
        for (Account account : accounts) {
            int[] counts = accountsBySystem.computeIfAbsent(account.system(), k -> new int[3]);
            counts[0]++;
            if ("active".equals(account.status())) {
                counts[1]++;
                if (Boolean.TRUE.equals(account.privileged())) {
                    counts[2]++;
                }
            }
        }
        SectionPresence systemsSection = sections.get("systems");
        if (systemsSection != null && systemsSection.entries() == 0) {
            for (String control : List.of("P3a-1-01", "P3a-1-02", "P3a-1-03", "P3a-2-02", "P3a-3-02")) {
                add(control, noSystemsRule(control), Verdict.NOT_APPLICABLE, "情報システムがありません", "no systems", systemsSection);
            }
        }
        for (InformationSystem system : systems) {
            authentication(system);
            int[] counts = accountsBySystem.getOrDefault(system.id(), new int[3]);
            systemAccounts(system, counts, reviewsBySystem.getOrDefault(system.id(), List.of()), sections);
        }
        for (Account account : accounts) {
            account(account, people, documentsById);
        }
        issuingRule(documents, sections);
        boolean anyActive = accounts.stream().anyMatch(account -> "active".equals(account.status()));
        if (!sections.containsKey("accessReviews") && anyActive) {
            add("P3a-2-02", "P3a-2-02 access-rights review: access reviews not recorded", Verdict.INCOMPLETE,
                    "アクセス権のレビューが記録されていません", "Access reviews are not recorded");
        }
        if (!sections.containsKey("accounts") && !systems.isEmpty()) {
            add("P3a-2-02", "P3a-2-02 user registration: accounts not recorded", Verdict.INCOMPLETE,
                    "利用者アカウントが記録されていません", "User accounts are not recorded");
        }
        if (!sections.containsKey("accounts")) {
            add("P3a-3-02", "P3a-3-02 accounts not recorded", Verdict.INCOMPLETE,
                    "利用者アカウントが記録されていません", "User accounts are not recorded");
        }
    }

    private static String noSystemsRule(String control) {
        return control + " no information systems";
    }

    private void authentication(InformationSystem system) {
        var authentication = system.authentication();
        if (authentication == null) {
            add("P3a-1-01", "P3a-1-01 authentication settings of a system not recorded", Verdict.INCOMPLETE,
                    "「" + system.name() + "」の主体認証の設定が記録されていません", "not recorded: " + system.name(), system);
            add("P3a-1-02", "P3a-1-02 authentication settings of a system not recorded", Verdict.INCOMPLETE,
                    "「" + system.name() + "」の主体認証の設定が記録されていません", "not recorded: " + system.name(), system);
            add("P3a-2-02", "P3a-2-02 password management: authentication settings of a system not recorded",
                    Verdict.INCOMPLETE, "「" + system.name() + "」の設定が記録されていません", "not recorded: " + system.name(), system);
            return;
        }
        if (Systems.requiresAuthentication(system) && !Systems.allowsUnauthenticatedNetworkAccess(authentication)) {
            add("P3a-1-01", "P3a-1-01 system requires authentication at logon", Verdict.PASS,
                    "「" + system.name() + "」はログオン時に主体認証を求めています", system.name() + " " + authentication.methods(), system);
        }
        if (Systems.hasNoAuthentication(authentication)) {
            add("P3a-1-01", "P3a-1-01 system without authentication at logon", Verdict.FAIL,
                    "「" + system.name() + "」は主体認証を求めていません", system.name() + " requires none", system);
        }
        if (Systems.allowsUnauthenticatedNetworkAccess(authentication)) {
            add("P3a-1-01", "P3a-1-01 system accepts network connections without authentication", Verdict.FAIL,
                    "「" + system.name() + "」はネットワーク接続時に認証を求めていません", system.name() + " network", system);
        }
        @SuppressWarnings("unchecked")
        boolean critical = ((List<String>) parameters.get("multiFactorCriticalities")).contains(system.criticality());
        long minimum = ((Number) parameters.get("multiFactorMinFactors")).longValue();
        int factors = Systems.factorCount(authentication);
        String factorsText = "「" + system.name() + "」は " + factors + " 要素で認証しています";
        if (critical && factors >= minimum) {
            add("P3a-1-02", "P3a-1-02 multi-factor authentication on a system whose criticality requires it", Verdict.PASS,
                    factorsText, system.name() + " " + factors + " factors", system);
        }
        if (!critical && factors > 0) {
            add("P3a-1-02", "P3a-1-02 authentication technology chosen for a system that needs no multi-factor", Verdict.PASS,
                    factorsText, system.name() + " " + authentication.methods(), system);
        }
        if (critical && factors < minimum) {
            add("P3a-1-02", "P3a-1-02 fewer authentication factors than the criticality requires", Verdict.FAIL,
                    factorsText, system.name() + " only " + factors, system);
        }
        if (critical && !authentication.networkLevel().isEmpty() && Systems.networkLevelFactorCount(authentication) < minimum) {
            add("P3a-1-02", "P3a-1-02 fewer network-level factors than the criticality requires", Verdict.FAIL,
                    factorsText, system.name() + " network " + Systems.networkLevelFactorCount(authentication), system);
        }
        if (!critical && factors == 0) {
            add("P3a-1-02", "P3a-1-02 no authentication technology chosen", Verdict.FAIL,
                    factorsText, system.name() + " none chosen", system);
        }
        if (Systems.usesPasswords(system)) {
            var recovery = system.credentialRecovery();
            if (recovery == null) {
                add("P3a-2-02", "P3a-2-02 password management: reset of a password system not recorded", Verdict.INCOMPLETE,
                        "「" + system.name() + "」の再設定が記録されていません", system.name() + " reset", system);
            } else if ("none".equals(recovery.identityVerification())) {
                add("P3a-2-02", "P3a-2-02 password management: passwords reset without identity verification", Verdict.FAIL,
                        "「" + system.name() + "」は本人確認なしで再設定します", system.name() + " reset", system);
            } else {
                add("P3a-2-02", "P3a-2-02 password management: passwords reset only after identity verification", Verdict.PASS,
                        "「" + system.name() + "」は本人確認の上で再設定します", system.name() + " reset", system);
            }
        }
    }

    private void systemAccounts(InformationSystem system, int[] counts, List<AccessReview> reviews,
                                Map<String, SectionPresence> sections) {
        if (counts[1] > 0) {
            if (Systems.requiresAuthentication(system)) {
                add("P3a-1-03", "P3a-1-03 active user IDs of a system each assigned to an owner", Verdict.PASS,
                        "「" + system.name() + "」の有効な利用者ID " + counts[1] + " 件", counts[1] + " active IDs", system);
            }
            add("P3a-2-02", "P3a-2-02 user registration: active accounts of a system registered with approval", Verdict.PASS,
                    "「" + system.name() + "」の有効な利用者ID " + counts[1] + " 件", counts[1] + " registered", system);
            add("P3a-3-02", "P3a-3-02 user IDs of a system issued after approval", Verdict.PASS,
                    "「" + system.name() + "」の有効な利用者ID " + counts[1] + " 件", counts[1] + " issued", system);
        }
        if (sections.containsKey("accounts") && Systems.requiresAuthentication(system) && counts[0] == 0) {
            add("P3a-1-03", "P3a-1-03 accounts of a system not recorded", Verdict.INCOMPLETE,
                    "「" + system.name() + "」の利用者アカウントが記録されていません", system.name(), system);
        }
        SectionPresence reviewSection = sections.get("accessReviews");
        if (counts[2] > 0) {
            review(system, reviews, ((Number) parameters.get("privilegedAccessReviewMonths")).longValue(), reviewSection,
                    "P3a-2-02 privilege management: privileged access of a system reviewed within the period",
                    "P3a-2-02 privilege management: privileged access not reviewed within the period");
        }
        if (counts[1] > 0) {
            review(system, reviews, ((Number) parameters.get("accessReviewMonths")).longValue(), reviewSection,
                    "P3a-2-02 access-rights review: system reviewed within the period",
                    "P3a-2-02 access-rights review: system not reviewed within the period");
        }
    }

    /** The latest review within the period passes (every review on the latest date does); none within it fails. */
    private void review(InformationSystem system, List<AccessReview> reviews, long months, SectionPresence section,
                        String passRule, String failRule) {
        RecordedDate latest = null;
        for (AccessReview review : reviews) {
            if (asOf.reached(review.performedOn()) && (latest == null || review.performedOn().compareTo(latest) > 0)) {
                latest = review.performedOn();
            }
        }
        boolean within = false;
        for (AccessReview review : reviews) {
            if (asOf.withinMonths(review.performedOn(), months)) {
                within = true;
                if (review.performedOn().equals(latest)) {
                    add("P3a-2-02", passRule, Verdict.PASS, "「" + system.name() + "」は " + review.performedOn()
                            + " にレビューされています", system.name() + " reviewed " + review.performedOn(), system, review);
                }
            }
        }
        if (!within && section != null) {
            add("P3a-2-02", failRule, Verdict.FAIL, "「" + system.name() + "」は直近 " + months + " か月にレビューされていません",
                    system.name() + " not reviewed", system, section);
        }
    }

    private void account(Account account, Map<String, Person> people, Map<String, Document> documents) {
        if (!"active".equals(account.status())) {
            return;
        }
        String name = account.username();
        if ("shared".equals(account.kind()) && account.exceptionApproval() == null) {
            add("P3a-1-03", "P3a-1-03 shared account without an approved exception", Verdict.FAIL,
                    "共用の利用者ID「" + name + "」は例外の承認がありません", "shared " + name, account);
        }
        if ("shared".equals(account.kind()) && account.exceptionApproval() != null) {
            Document exception = documents.get(account.exceptionApproval());
            if (exception != null && (exception.approvedBy() == null || !asOf.reached(exception.approvedOn()))) {
                add("P3a-1-03", "P3a-1-03 shared account whose exception is not approved", Verdict.FAIL,
                        "共用の利用者ID「" + name + "」の例外が承認されていません", "shared " + name, account, exception);
            }
        }
        if (account.owner() == null) {
            add("P3a-1-03", "P3a-1-03 active account without an owner", Verdict.FAIL,
                    "有効な利用者ID「" + name + "」に所有者がありません", "no owner " + name, account);
        } else {
            Person owner = people.get(account.owner());
            if (owner != null && owner.leftOn() != null && !People.isCurrent(owner, asOf.date())) {
                add("P3a-1-03", "P3a-1-03 active account of a person who has left", Verdict.FAIL,
                        "利用者ID「" + name + "」は " + owner.leftOn() + " に離任した「" + owner.name() + "」のものです",
                        name + " belongs to " + owner.name(), account, owner);
            }
        }
        if (!"emergency".equals(account.kind())) {
            RecordedDate lastActivity = Systems.lastActivityOn(account);
            long days = ((Number) parameters.get("accountInactivityDays")).longValue();
            if (lastActivity == null) {
                add("P3a-1-03", "P3a-1-03 use of an active account not recorded", Verdict.INCOMPLETE,
                        "有効な利用者ID「" + name + "」の最終利用日が記録されていません", "unknown use " + name, account);
            } else if (asOf.daysSince(lastActivity) > days) {
                add("P3a-1-03", "P3a-1-03 active account unused for longer than the inactivity period", Verdict.FAIL,
                        "有効な利用者ID「" + name + "」は " + lastActivity + " 以降 " + asOf.daysSince(lastActivity) + " 日間利用されていません",
                        name + " unused since " + lastActivity, account);
            }
        }
        if (account.approvedBy() == null || !asOf.reached(account.approvedOn())) {
            add("P3a-2-02", "P3a-2-02 user registration: active account without a recorded approval", Verdict.FAIL,
                    "有効な利用者ID「" + name + "」の登録承認が記録されていません", "unapproved " + name, account);
        }
        if (Systems.isSelfApproved(account)) {
            add("P3a-2-02", "P3a-2-02 user registration: account approved by its own owner", Verdict.FAIL,
                    "有効な利用者ID「" + name + "」は所有者自身が承認しています", "self-approved " + name, account);
        }
        if (Systems.isIssuedBeforeApproval(account)) {
            add("P3a-3-02", "P3a-3-02 user ID issued before it was approved", Verdict.FAIL,
                    "利用者ID「" + name + "」は承認前に発行されています", "issued early " + name, account);
        }
        if (account.createdOn() != null && account.approvedOn() == null) {
            add("P3a-3-02", "P3a-3-02 user ID issued without a recorded approval", Verdict.FAIL,
                    "利用者ID「" + name + "」は承認の記録がないまま発行されています", "issued unapproved " + name, account);
        }
        if (account.createdOn() == null) {
            add("P3a-3-02", "P3a-3-02 issue date of a user ID not recorded", Verdict.INCOMPLETE,
                    "利用者ID「" + name + "」の発行日が記録されていません", "issue date " + name, account);
        }
    }

    private void issuingRule(List<Document> documents, Map<String, SectionPresence> sections) {
        SectionPresence documentSection = sections.get("documents");
        if (documentSection == null) {
            add("P3a-3-02", "P3a-3-02 documents not recorded", Verdict.INCOMPLETE, "文書が記録されていません", "no documents");
            return;
        }
        boolean found = false;
        for (Document document : documents) {
            if (document.approvedBy() != null && asOf.reached(document.approvedOn())
                    && (document.effectiveFrom() == null || asOf.reached(document.effectiveFrom()))) {
                for (Clause clause : document.clauses()) {
                    if ("accountManagement".equals(clause.topic())) {
                        found = true;
                        add("P3a-3-02", "P3a-3-02 approved rule on issuing user IDs and credentials", Verdict.PASS,
                                "「" + document.title() + "」" + jp.kijun.facts.domain.Governance.articleOrEmpty(clause) + "が定めています",
                                document.title() + " lays it down", document);
                    }
                }
            }
        }
        if (!found) {
            add("P3a-3-02", "P3a-3-02 no approved rule on issuing user IDs and credentials", Verdict.FAIL,
                    "利用者IDの発行を定めた承認済みの文書がありません", "no rule on issuing IDs", documentSection);
        }
    }

    private void add(String control, String rule, Verdict verdict, String ja, String en, Object... facts) {
        findings.add(new Finding(control, rule, verdict, new Text(ja, en), List.of(facts)));
    }
}
