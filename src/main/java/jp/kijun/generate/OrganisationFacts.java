package jp.kijun.generate;

import jp.kijun.generate.EstateGenerator.Context;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;

import static jp.kijun.generate.EstateGenerator.Context.number;

/**
 * The organisation half of a generated estate: group companies, departments, people and staff groups, documents,
 * the security organisation and its roles, the incident-response team, training, self-inspections, internal
 * audits and reviews (measures P1a and P1b).
 */
final class OrganisationFacts {

    static final String ORGANISATION = "organisation.yaml";
    static final String PEOPLE = "people.yaml";
    static final String GOVERNANCE = "governance.yaml";
    static final String OPERATIONS = "operations.yaml";

    static final String PRESIDENT = "p-president";
    static final String CISO = "p-ciso";
    static final String SECURITY_HEAD = "p-sec-head";
    static final String AUDIT_HEAD = "p-audit-head";
    static final String SECURITY_DEPARTMENT = "dept-security";
    static final String AUDIT_DEPARTMENT = "dept-audit";
    /** The approved procedure for reissuing credentials, and a draft of one that was never approved. */
    static final String RECOVERY_PROCEDURE = "DOC-PRC-RECOVERY";
    static final String DRAFT_RECOVERY_PROCEDURE = "DOC-PRC-RECOVERY-DRAFT";
    /** The approved exception that allows some shared user IDs. */
    static final String SHARED_ID_EXCEPTION = "DOC-EXC-SHARED-ID";

    private static final List<String> SITES = List.of("本店", "北部支社", "南部支社", "東部支社", "西部支社", "中央支社",
            "沿岸支社", "山間支社");
    private static final List<String> FUNCTIONS = List.of("系統運用部", "配電部", "情報システム部", "営業部", "発電部",
            "送電部", "料金部", "資材部", "経理部", "人事部");
    private static final List<String> REGULATION_TOPICS = List.of("passwordUse", "terminalManagement", "clearDesk",
            "clearScreen");

    private final Context context;
    private final Estate estate;
    private final List<String> departments = new ArrayList<>();
    private final List<String> departmentNames = new ArrayList<>();
    private final List<String> heads = new ArrayList<>();
    private final List<String> staff = new ArrayList<>();
    private final List<String> staffDepartments = new ArrayList<>();
    private final List<String> leavers = new ArrayList<>();

    OrganisationFacts(Context context, Estate estate) {
        this.context = context;
        this.estate = estate;
        estate.file(ORGANISATION, "The organisation, its group companies, departments and security organisation.");
        estate.file(PEOPLE, "People and staff groups.");
        estate.file(GOVERNANCE, "Documents: the basic policy, regulations, procedures and exceptions.");
        estate.file(OPERATIONS, "Incident response, information sharing, training, self-inspections, audits and reviews.");
    }

    /** The ids of the line departments that own systems. */
    List<String> departments() {
        return departments;
    }

    String departmentName(int department) {
        return departmentNames.get(department);
    }

    /** The head of a line department, who approves its accounts and receives its reports. */
    String head(int department) {
        return heads.get(department);
    }

    /** Everyone on the line staff, leavers included, and the department of each. */
    List<String> staff() {
        return staff;
    }

    String departmentOf(int person) {
        return staffDepartments.get(person);
    }

    /** People who have left the organisation. */
    List<String> leavers() {
        return leavers;
    }

    boolean hasLeft(String person) {
        return leavers.contains(person);
    }

    void write() {
        EstateSpec spec = context.spec();
        estate.set(ORGANISATION, "organisation", Fields.of("name", "合成電力株式会社（" + spec.accounts() + " アカウント規模）")
                .put("sector", "electricity"));
        List<String> companies = groupCompanies();
        departments(spec.departments());
        people(spec.people());
        securityOrganisation(companies);
        documents();
        incidentResponse();
        training();
        inspectionsAuditsAndReviews();
    }

    private List<String> groupCompanies() {
        int count = groupCompanyCount();
        List<String> covered = new ArrayList<>();
        BitSet leftOut = context.gaps(count);
        for (int i = 0; i < count; i++) {
            String id = number("gc-", i, 3);
            estate.add(ORGANISATION, "groupCompanies", Fields.of("id", id)
                    .put("name", "合成電力" + SITES.get(i % SITES.size()).replace("本店", "中央") + "サービス第" + (i + 1) + "株式会社")
                    .put("relationship", i % 3 == 2 ? "affiliate" : "subsidiary"));
            if (!leftOut.get(i)) {
                covered.add(id);
            }
        }
        return covered;
    }

    private int groupCompanyCount() {
        return Math.max(3, context.spec().departments() / 10);
    }

    private void departments(int count) {
        estate.add(ORGANISATION, "departments", Fields.of("id", "dept-corp-planning").put("name", "経営企画部"));
        estate.add(ORGANISATION, "departments", Fields.of("id", SECURITY_DEPARTMENT).put("name", "情報セキュリティ統括室")
                .put("parent", "dept-corp-planning"));
        estate.add(ORGANISATION, "departments", Fields.of("id", AUDIT_DEPARTMENT).put("name", "内部監査室"));
        for (int i = 0; i < count; i++) {
            String id = number("dept-", i, 4);
            String name = SITES.get(i % SITES.size()) + " " + FUNCTIONS.get((i / SITES.size()) % FUNCTIONS.size())
                    + (i >= SITES.size() * FUNCTIONS.size() ? " 第" + (i / (SITES.size() * FUNCTIONS.size()) + 1) + "課" : "");
            departments.add(id);
            departmentNames.add(name);
            estate.add(ORGANISATION, "departments", Fields.of("id", id).put("name", name));
        }
    }

    private void people(int count) {
        person(PRESIDENT, "東雲 一郎", null, "代表取締役社長", "executive", context.daysAgo(1500, 3000));
        person(CISO, "北条 和人", "dept-corp-planning", "取締役常務執行役員・CISO", "executive", context.daysAgo(700, 1500));
        person(SECURITY_HEAD, "相沢 真理", SECURITY_DEPARTMENT, "情報セキュリティ統括室長", "employee", context.daysAgo(5000, 9000));
        person(AUDIT_HEAD, "小野寺 浩", AUDIT_DEPARTMENT, "内部監査室長", "employee", context.daysAgo(5000, 9000));
        int lineStaff = count - 4;
        BitSet left = context.gaps(lineStaff - departments.size());
        for (int i = 0; i < lineStaff; i++) {
            int department = i % departments.size();
            boolean head = i < departments.size();
            String id = number("p-", i, 6);
            String[] name = context.names().next();
            Fields person = person(id, name[0], departments.get(department),
                    departmentNames.get(department) + (head ? " 部長" : " 担当"),
                    head || i % 10 != 7 ? "employee" : "contractor", context.daysAgo(400, 12000));
            if (!head && left.get(i - departments.size())) {
                person.put("leftOn", context.daysAgo(5, 300));
                leavers.add(id);
            }
            if (head) {
                heads.add(id);
            }
            staff.add(id);
            staffDepartments.add(departments.get(department));
        }
        staffGroups(count);
    }

    private Fields person(String id, String name, String department, String title, String kind, java.time.LocalDate joined) {
        Fields person = Fields.of("id", id).put("name", name).put("department", department).put("jobTitle", title)
                .put("employmentKind", kind).put("joinedOn", joined);
        if (!"executive".equals(kind)) {
            person.put("employmentTermsIssuedOn", joined).put("confidentialityAgreementOn", joined);
        }
        estate.add(PEOPLE, "people", person);
        return person;
    }

    private void staffGroups(int people) {
        List<String[]> groups = List.of(new String[] {"sg-executives", "役員", "executive"},
                new String[] {"sg-employees", "正社員", "employee"},
                new String[] {"sg-part-time", "パート・嘱託", "partTime"},
                new String[] {"sg-temporary", "派遣社員", "temporary"},
                new String[] {"sg-contractors", "常駐の委託先要員", "contractor"});
        BitSet unsigned = context.gaps(groups.size());
        for (int i = 0; i < groups.size(); i++) {
            String[] group = groups.get(i);
            int headcount = i == 0 ? 14 : Math.max(5, people / (i == 1 ? 1 : 10));
            boolean writtenTerms = !"temporary".equals(group[2]) && !"contractor".equals(group[2]);
            estate.add(PEOPLE, "staffGroups", Fields.of("id", group[0]).put("name", group[1])
                    .put("employmentKind", group[2]).put("headcount", headcount)
                    .put("writtenTermsIssued", writtenTerms ? headcount : 0)
                    .put("confidentialityAgreements", unsigned.get(i) ? headcount - Math.max(1, headcount / 50) : headcount)
                    .put("countedOn", context.daysAgo(20, 60)));
        }
    }

    private void securityOrganisation(List<String> coveredCompanies) {
        estate.set(ORGANISATION, "securityOrganisation", Fields.of("responsibleOfficer", CISO)
                .put("officerAppointedOn", context.daysAgo(600, 700))
                .put("department", SECURITY_DEPARTMENT)
                .put("committee", "com-security")
                .put("coveredGroupCompanies", coveredCompanies));
        estate.add(ORGANISATION, "roles", Fields.of("id", "role-ciso").put("title", "最高情報セキュリティ責任者（CISO）")
                .put("holder", CISO).put("department", "dept-corp-planning")
                .put("responsibilities", List.of("情報セキュリティ対策の統括と経営層への報告", "例外措置の承認")));
        BitSet vacated = context.gaps(departments.size());
        for (int i = 0; i < departments.size(); i++) {
            estate.add(ORGANISATION, "roles", Fields.of("id", "role-" + departments.get(i))
                    .put("title", departmentNames.get(i) + " 情報セキュリティ管理者")
                    .put("holder", vacated.get(i) && !leavers.isEmpty() ? context.oneOf(leavers) : heads.get(i))
                    .put("department", departments.get(i))
                    .put("responsibilities", List.of("部門の情報システムと利用者IDの管理", "部門の自己点検の実施")));
        }
        estate.add(ORGANISATION, "committees", Fields.of("id", "com-security").put("name", "情報セキュリティ委員会")
                .put("chair", CISO).put("members", List.of(SECURITY_HEAD, AUDIT_HEAD))
                .put("meetings", List.of(context.daysAgo(250, 280), context.daysAgo(150, 180), context.daysAgo(40, 70))));
    }

    private void documents() {
        var asOf = context.asOf();
        document("DOC-POL-001", "basicPolicy", "情報セキュリティ基本方針", PRESIDENT, asOf.minusYears(3), asOf.minusDays(120), List.of());
        int companies = groupCompanyCount();
        BitSet overdue = context.gaps(companies);
        for (int i = 0; i < companies; i++) {
            document(number("DOC-POL-GC", i, 3), "basicPolicy", "グループ会社 第" + (i + 1) + "社 情報セキュリティ基本方針",
                    PRESIDENT, asOf.minusYears(4), overdue.get(i) ? context.daysAgo(400, 800) : context.daysAgo(30, 300),
                    List.of());
        }
        // The organisation-wide regulation; one of the user-responsibility topics is seeded as missing from it.
        String missingTopic = context.oneOf(REGULATION_TOPICS);
        List<Fields> clauses = new ArrayList<>(List.of(
                clause("violationHandling", "第20条", "違反を認めた者は情報セキュリティ管理者へ報告する"),
                clause("exceptions", "第21条", "規程によりがたい場合は CISO の承認を得て期限付きの例外措置をとる"),
                clause("informationSharing", "第15条", "ＩＴ障害に関する情報を統括室に集約し、セプター・所管省庁へ共有する"),
                clause("discipline", "第22条", "重大な違反を懲戒事由とする"),
                clause("accountManagement", "第30条", "利用者IDは所属長の承認を経て個人単位で発行する"),
                clause("misuseSuspension", "第31条", "不正使用を検知した場合は直ちに当該IDの主体認証を停止する"),
                clause("credentialRecovery", "第32条", "パスワード忘れ・ICカード紛失時は本人確認の上で再設定する")));
        for (String topic : REGULATION_TOPICS) {
            if (!topic.equals(missingTopic)) {
                clauses.add(clause(topic, "第4章", "利用者の責任（" + topic + "）を定める"));
            }
        }
        document("DOC-REG-001", "regulation", "情報セキュリティ管理規程", PRESIDENT, asOf.minusYears(2), asOf.minusDays(60), clauses);
        BitSet stale = context.gaps(departments.size());
        for (int i = 0; i < departments.size(); i++) {
            document("DOC-STD-" + departments.get(i).substring(5), "standard", departmentNames.get(i) + " 情報セキュリティ実施基準",
                    CISO, asOf.minusYears(3), stale.get(i) ? context.daysAgo(400, 900) : context.daysAgo(10, 300), List.of());
        }
        document("DOC-NAP-001", "networkAccessPolicy", "ネットワークアクセス制御方針", CISO, asOf.minusYears(2),
                asOf.minusDays(90), List.of(clause("accessControl", "第3条", "制御系と情報系のネットワークを分離する")));
        document("DOC-NAP-002", "networkAccessPolicy", "制御系リモート保守接続の制御方針", CISO, asOf.minusYears(5),
                context.daysAgo(400, 700), List.of());
        document(RECOVERY_PROCEDURE, "procedure", "パスワード再設定・ICカード再発行手順書", CISO, asOf.minusYears(1),
                asOf.minusDays(100), List.of(clause("credentialRecovery", "第2章", "本人確認と臨時ICカードの貸与")));
        estate.add(GOVERNANCE, "documents", Fields.of("id", DRAFT_RECOVERY_PROCEDURE).put("kind", "procedure")
                .put("title", "保守用ID再発行手順書（案）").put("version", "0.9"));
        document(SHARED_ID_EXCEPTION, "other", "共用IDの例外承認（監視端末の当直用ID）", CISO, asOf.minusYears(1),
                asOf.minusDays(100), List.of());
    }

    private static Fields clause(String topic, String article, String summary) {
        return Fields.of("topic", topic).put("article", article).put("summary", summary);
    }

    private void document(String id, String kind, String title, String approver, java.time.LocalDate approvedOn,
                          java.time.LocalDate reviewedOn, List<Fields> clauses) {
        Fields document = Fields.of("id", id).put("kind", kind).put("title", title).put("version", "1.0")
                .put("approvedBy", approver).put("approvedOn", approvedOn).put("effectiveFrom", approvedOn)
                .put("lastReviewedOn", reviewedOn);
        if (!clauses.isEmpty()) {
            document.putList("clauses", clauses);
        }
        estate.add(GOVERNANCE, "documents", document);
    }

    private void incidentResponse() {
        int teams = Math.max(2, departments.size() / 10);
        BitSet leaderless = context.gaps(teams);
        for (int i = 0; i < teams; i++) {
            String lead = leaderless.get(i) && !leavers.isEmpty() ? context.oneOf(leavers) : heads.get(i % heads.size());
            estate.add(OPERATIONS, "incidentTeams", Fields.of("id", number("team-", i, 3))
                    .put("name", SITES.get(i % SITES.size()) + " CSIRT" + (i >= SITES.size() ? " 第" + (i / SITES.size() + 1) + "班" : ""))
                    .put("lead", lead).put("members", List.of(SECURITY_HEAD, heads.get((i + 1) % heads.size())))
                    .put("establishedOn", context.asOf().minusYears(8)).put("availability", "always"));
        }
        estate.add(OPERATIONS, "incidentProcedures", Fields.of("id", "proc-cyber").put("title", "サイバー攻撃・システム障害対応手順")
                .put("team", "team-001").put("approvedOn", context.asOf().minusYears(1))
                .put("threats", List.of("cyberAttack", "unintentional")).put("lastExercisedOn", context.daysAgo(60, 200)));
        estate.add(OPERATIONS, "incidentProcedures", Fields.of("id", "proc-continuity").put("title", "災害・感染症発生時のシステム継続手順")
                .put("team", "team-001").put("approvedOn", context.asOf().minusYears(1))
                .put("threats", List.of("disaster", "disease")).put("lastExercisedOn", context.daysAgo(60, 200)));
        estate.add(OPERATIONS, "informationSharing", Fields.of("id", "share-ceptoar").put("partner", "ceptoar")
                .put("name", "電力セプター").put("agreedOn", context.asOf().minusYears(9)).put("lastExchangedOn", context.daysAgo(10, 60)));
        estate.add(OPERATIONS, "informationSharing", Fields.of("id", "share-ministry").put("partner", "ministry")
                .put("name", "経済産業省 資源エネルギー庁").put("agreedOn", context.asOf().minusYears(9))
                .put("lastExchangedOn", context.daysAgo(30, 150)));
    }

    private void training() {
        var asOf = context.asOf();
        List<String> audiences = List.of("allStaff", "executives", "administrators", "contractors", "incidentTeam");
        estate.add(OPERATIONS, "trainingPlans", Fields.of("id", "plan-current").put("title", "情報セキュリティ教育・訓練計画（全社）")
                .put("periodFrom", asOf.minusMonths(6)).put("periodTo", asOf.plusMonths(6))
                .put("approvedBy", CISO).put("approvedOn", asOf.minusMonths(7)).put("audiences", audiences));
        BitSet unapproved = context.gaps(departments.size());
        for (int i = 0; i < departments.size(); i++) {
            Fields plan = Fields.of("id", "plan-" + departments.get(i)).put("title", departmentNames.get(i) + " 教育・訓練計画")
                    .put("periodFrom", asOf.minusMonths(6)).put("periodTo", asOf.plusMonths(6))
                    .put("audiences", List.of("allStaff", "administrators"));
            if (!unapproved.get(i)) {
                plan.put("approvedBy", heads.get(i)).put("approvedOn", asOf.minusMonths(7));
            }
            estate.add(OPERATIONS, "trainingPlans", plan);
        }
        for (int i = 0; i < audiences.size(); i++) {
            String audience = audiences.get(i);
            // Whether the incident-response staff trained within the period is decided once for the organisation.
            boolean lapsed = "incidentTeam".equals(audience) && context.gaps().organisationWide();
            estate.add(OPERATIONS, "trainingSessions", session("ts-" + audience, "plan-current", "全社 " + audience + " 向け研修",
                    lapsed ? context.daysAgo(400, 600) : context.daysAgo(30, 300), audience, true));
        }
        BitSet unrecorded = context.gaps(departments.size());
        for (int i = 0; i < departments.size(); i++) {
            estate.add(OPERATIONS, "trainingSessions", session("ts-" + departments.get(i), "plan-" + departments.get(i),
                    departmentNames.get(i) + " 情報セキュリティ研修", context.daysAgo(20, 300), "allStaff", !unrecorded.get(i)));
        }
    }

    private Fields session(String id, String plan, String title, java.time.LocalDate heldOn, String audience, boolean recorded) {
        int invited = context.between(10, 300);
        return Fields.of("id", id).put("plan", plan).put("title", title).put("heldOn", heldOn).put("audience", audience)
                .put("invited", invited).put("attended", invited - context.between(0, invited / 10))
                .put("recordLocation", recorded ? "学習管理システム（LMS）の受講履歴" : null)
                .put("recordedOn", recorded ? heldOn.plusDays(3) : null);
    }

    private void inspectionsAuditsAndReviews() {
        BitSet unreported = context.gaps(departments.size());
        BitSet overlooked = context.gaps(departments.size());
        List<String> considered = new ArrayList<>();
        for (int i = 0; i < departments.size(); i++) {
            String id = "si-" + departments.get(i);
            estate.add(OPERATIONS, "selfInspections", Fields.of("id", id).put("performedOn", context.daysAgo(60, 300))
                    .put("scope", departmentNames.get(i) + " における情報セキュリティ管理規程の遵守状況")
                    .put("performedBy", departments.get(i)).put("findings", context.between(0, 12))
                    .put("reportedTo", unreported.get(i) ? null : heads.get(i)));
            if (!overlooked.get(i)) {
                considered.add(id);
            }
        }
        int audits = Math.max(2, departments.size() / 5);
        BitSet ownDepartment = context.gaps(audits);
        List<String> audited = new ArrayList<>();
        for (int i = 0; i < audits; i++) {
            List<String> scope = new ArrayList<>();
            for (int d = i; d < departments.size(); d += audits) {
                scope.add(departments.get(d));
            }
            if (ownDepartment.get(i)) {
                scope.add(AUDIT_DEPARTMENT);
            }
            String id = number("ia-", i, 3);
            var performed = context.daysAgo(90, 300);
            estate.add(OPERATIONS, "internalAudits", Fields.of("id", id).put("performedOn", performed)
                    .put("auditor", AUDIT_HEAD).put("auditedDepartments", scope)
                    .put("scope", "利用者ID管理と委託先管理").put("reportIssuedOn", performed.plusDays(20))
                    .put("findings", context.between(0, 6)));
            audited.add(id);
        }
        estate.add(OPERATIONS, "securityReviews", Fields.of("id", "rev-current").put("heldOn", context.daysAgo(20, 40))
                .put("chair", CISO).put("selfInspections", considered).put("internalAudits", audited)
                .put("decisions", List.of("委託先要員の利用者ID棚卸しを四半期ごとに実施する")));
    }
}
