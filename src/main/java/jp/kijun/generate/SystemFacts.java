package jp.kijun.generate;

import jp.kijun.generate.EstateGenerator.Context;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;

import static jp.kijun.generate.EstateGenerator.Context.number;

/**
 * The systems half of a generated estate (measure P3a): information systems of three criticalities with their
 * authentication, lockout, access control, credential recovery and availability settings; credential policies;
 * user accounts with their approvals and use; access reviews and detected misuse; audit trails, their reviews and
 * the notices that tell users of them; spare hardware and network links.
 */
final class SystemFacts {

    static final String SYSTEMS = "systems.yaml";
    static final String ACCOUNTS = "accounts.yaml";
    static final String LOGGING = "logging.yaml";

    private static final List<String> KINDS = List.of("給電指令システム", "配電自動化システム", "変電所監視制御システム",
            "料金システム", "顧客管理システム", "設備管理システム", "人事給与システム", "会計システム", "資材調達システム",
            "グループウェア");
    private static final List<String> ALL_EVENTS = List.of("logon", "logonFailure", "privilegedOperation",
            "accessDenied", "configurationChange", "accountChange", "dataExport");

    private final Context context;
    private final Estate estate;
    private final OrganisationFacts organisation;
    private final List<String> systems = new ArrayList<>();
    private final List<String> criticalities = new ArrayList<>();

    SystemFacts(Context context, Estate estate, OrganisationFacts organisation) {
        this.context = context;
        this.estate = estate;
        this.organisation = organisation;
        estate.file(SYSTEMS, "Information systems, credential policies, spare hardware and network links.");
        estate.file(ACCOUNTS, "User accounts, access reviews and detected misuse.");
        estate.file(LOGGING, "Audit trails, their reviews and the notices that tell users about them.");
    }

    void write() {
        credentialPolicies();
        systems(context.spec().systems());
        accounts(context.spec().accounts());
        accessReviews();
        auditTrails();
        sparesAndLinks();
    }

    private void credentialPolicies() {
        estate.add(SYSTEMS, "credentialPolicies", Fields.of("id", "CP-OT").put("name", "制御系パスワード基準")
                .put("storage", "adaptiveHash").put("minLength", 12).put("maxAgeDays", 90).put("historyCount", 10)
                .put("firstUseChange", true));
        estate.add(SYSTEMS, "credentialPolicies", Fields.of("id", "CP-IT").put("name", "情報系パスワード基準")
                .put("storage", "saltedHash").put("minLength", 10).put("maxAgeDays", 180).put("historyCount", 5)
                .put("firstUseChange", true));
        estate.add(SYSTEMS, "credentialPolicies", Fields.of("id", "CP-LEGACY").put("name", "旧システム向けパスワード基準")
                .put("storage", "hashed").put("minLength", 8).put("maxAgeDays", 0).put("historyCount", 1)
                .put("firstUseChange", false));
    }

    private static String criticalityOf(int system) {
        return system % 10 < 2 ? "high" : system % 10 < 6 ? "medium" : "low";
    }

    /** Gaps that only matter for systems of some criticalities are drawn among those systems only. */
    private BitSet gapsAmong(int count, List<String> criticalitiesConcerned) {
        List<Integer> members = new ArrayList<>();
        for (int s = 0; s < count; s++) {
            if (criticalitiesConcerned.contains(criticalityOf(s))) {
                members.add(s);
            }
        }
        BitSet chosen = new BitSet(count);
        context.gaps(members.size()).stream().forEach(i -> chosen.set(members.get(i)));
        return chosen;
    }

    private void systems(int count) {
        BitSet singleFactor = gapsAmong(count, List.of("high"));
        BitSet openNetwork = context.gaps(count);
        BitSet weakLockout = context.gaps(count);
        BitSet legacyPolicy = context.gaps(count);
        BitSet noMechanism = context.gaps(count);
        BitSet singleRole = context.gaps(count);
        BitSet unrestricted = gapsAmong(count, List.of("high"));
        BitSet unverifiedReset = context.gaps(count);
        BitSet draftProcedure = context.gaps(count);
        BitSet noLoadManagement = gapsAmong(count, List.of("high", "medium"));
        BitSet lateAlert = gapsAmong(count, List.of("high", "medium"));
        BitSet notRedundant = gapsAmong(count, List.of("high"));
        for (int s = 0; s < count; s++) {
            String id = number("SYS-", s, 5);
            int department = s % organisation.departments().size();
            String criticality = criticalityOf(s);
            boolean high = "high".equals(criticality);
            systems.add(id);
            criticalities.add(criticality);
            List<String> methods = high && !singleFactor.get(s) ? List.of("password", "smartCard")
                    : "medium".equals(criticality) ? List.of("password", "otp") : List.of("password");
            List<String> network = openNetwork.get(s) ? List.of("none")
                    : high && !singleFactor.get(s) ? List.of("clientCertificate", "password") : List.of();
            Fields authentication = Fields.of("methods", methods);
            if (!network.isEmpty()) {
                authentication.put("networkLevel", network);
            }
            String owner = organisation.head(department);
            Fields system = Fields.of("id", id)
                    .put("name", KINDS.get(s % KINDS.size()) + "（" + organisation.departmentName(department) + " " + (s / KINDS.size() + 1) + "号）")
                    .put("criticality", criticality)
                    .put("authentication", authentication)
                    .put("lockout", Fields.of("threshold", weakLockout.get(s) ? 20 : 5).put("durationMinutes", high ? 0 : 30))
                    .put("credentialPolicy", legacyPolicy.get(s) ? "CP-LEGACY" : high ? "CP-OT" : "CP-IT")
                    .put("accessControl", accessControl(high, noMechanism.get(s), singleRole.get(s), unrestricted.get(s)))
                    .put("credentialRecovery", Fields.of("identityVerification", unverifiedReset.get(s) ? "none" : high ? "inPerson" : "managerApproval")
                            .put("procedure", draftProcedure.get(s) ? OrganisationFacts.DRAFT_RECOVERY_PROCEDURE
                                    : high ? OrganisationFacts.RECOVERY_PROCEDURE : null))
                    .put("availability", availability(high, noLoadManagement.get(s), lateAlert.get(s), notRedundant.get(s), owner));
            estate.add(SYSTEMS, "systems", system);
        }
    }

    private Fields accessControl(boolean high, boolean noMechanism, boolean singleRole, boolean unrestricted) {
        Fields control = Fields.of("mechanisms", noMechanism ? List.of("none") : List.of("rbac"))
                .put("roles", singleRole ? List.of("利用者") : List.of("利用者", "業務責任者", "システム管理者"));
        if (high && !unrestricted) {
            control.put("maxSessionMinutes", 720).put("terminalRestriction", "registeredDevices");
        } else if (!high) {
            control.put("terminalRestriction", "ipAllowList");
        }
        return control;
    }

    private Fields availability(boolean high, boolean noLoadManagement, boolean lateAlert, boolean notRedundant, String owner) {
        Fields availability = Fields.of("instances", noLoadManagement ? 1 : 2)
                .put("loadBalancing", noLoadManagement ? "none" : high ? "cluster" : "loadBalancer")
                .put("standby", noLoadManagement ? "none" : high ? "hot" : "warm")
                .put("loadMonitoring", Fields.of("metrics", List.of("cpu", "memory", "storage", "network"))
                        .put("alertThresholdPercent", lateAlert ? 95 : 80)
                        .put("recipients", List.of(owner, OrganisationFacts.SECURITY_HEAD)));
        if (high) {
            availability.put("redundancy", notRedundant ? "none" : "activeStandby")
                    .put("secondarySite", notRedundant ? null : "第二データセンター")
                    .put("lastFailoverTestOn", notRedundant ? null : context.daysAgo(30, 300));
        }
        return availability;
    }

    private void accounts(int count) {
        List<String> staff = organisation.staff();
        BitSet inactive = context.gaps(count);
        BitSet leaverOwned = context.gaps(count);
        BitSet sharedWithoutException = context.gaps(count);
        BitSet unapproved = context.gaps(count);
        BitSet selfApproved = context.gaps(count);
        BitSet issuedEarly = context.gaps(count);
        BitSet ownerless = context.gaps(count);
        int perSystem = count / systems.size();
        for (int a = 0; a < count; a++) {
            int s = Math.min(a / perSystem, systems.size() - 1);
            int slot = a - s * perSystem;
            int department = s % organisation.departments().size();
            String approver = organisation.head(department);
            String kind = slot == 1 ? "service" : slot == 2 ? "emergency" : slot == 3 ? "shared" : "individual";
            int person = context.random().nextInt(staff.size());
            String owner = slot == 0 ? approver : staff.get(person);
            if (leaverOwned.get(a) && !organisation.leavers().isEmpty()) {
                owner = context.oneOf(organisation.leavers());
            }
            if (approver.equals(owner)) {
                approver = OrganisationFacts.SECURITY_HEAD;
            }
            LocalDate created = context.daysAgo(30, 3650);
            boolean gone = organisation.hasLeft(owner) && !leaverOwned.get(a);
            String status = gone ? "deleted" : a % 37 == 5 ? "disabled" : "active";
            LocalDate lastUsed = inactive.get(a) ? context.daysAgo(120, 700)
                    : "emergency".equals(kind) ? context.daysAgo(30, 400) : context.daysAgo(0, 45);
            if (lastUsed.isBefore(created)) {
                created = lastUsed.minusDays(30);
            }
            if (sharedWithoutException.get(a)) {
                kind = "shared";
            }
            String[] name = context.names().next();
            Fields account = Fields.of("id", number("ACC-", a, 7)).put("system", systems.get(s))
                    .put("username", kind.equals("individual") ? name[1] + (a % 1000) : kind + "-" + systems.get(s).toLowerCase() + "-" + slot)
                    .put("kind", kind)
                    .put("owner", ownerless.get(a) ? null : selfApproved.get(a) ? approver : owner)
                    .put("privileged", slot == 0 || slot == 2 ? Boolean.TRUE : null)
                    .put("status", status)
                    .put("createdOn", created)
                    .put("approvedBy", unapproved.get(a) ? null : approver)
                    .put("approvedOn", unapproved.get(a) ? null : issuedEarly.get(a) ? created.plusDays(context.between(1, 10))
                            : created.minusDays(context.between(1, 5)))
                    .put("lastUsedOn", lastUsed)
                    .put("exceptionApproval", "shared".equals(kind) && !sharedWithoutException.get(a)
                            ? OrganisationFacts.SHARED_ID_EXCEPTION : null);
            estate.add(ACCOUNTS, "accounts", account);
        }
        misuse(count);
    }

    private void misuse(int accounts) {
        int events = Math.max(2, accounts / 500);
        BitSet late = context.gaps(events);
        for (int i = 0; i < events; i++) {
            LocalDate detected = context.daysAgo(10, 300);
            estate.add(ACCOUNTS, "misuseEvents", Fields.of("id", number("MU-", i, 5))
                    .put("account", number("ACC-", context.random().nextInt(accounts), 7))
                    .put("detectedOn", detected).put("suspendedOn", detected.plusDays(late.get(i) ? context.between(3, 20) : 0))
                    .put("description", "不審なログオン試行の後にログオンが成功したため、当該IDを停止し本人確認の上で再設定した"));
        }
    }

    private void accessReviews() {
        BitSet overdue = context.gaps(systems.size());
        for (int s = 0; s < systems.size(); s++) {
            String reviewer = OrganisationFacts.SECURITY_HEAD;
            int interval = overdue.get(s) ? 400 : 0;
            estate.add(ACCOUNTS, "accessReviews", Fields.of("id", "AR-" + systems.get(s).substring(4) + "-1")
                    .put("system", systems.get(s)).put("performedOn", context.daysAgo(200 + interval, 330 + interval))
                    .put("reviewer", reviewer).put("accountsReviewed", 20).put("accountsRevoked", context.between(0, 2)));
            estate.add(ACCOUNTS, "accessReviews", Fields.of("id", "AR-" + systems.get(s).substring(4) + "-2")
                    .put("system", systems.get(s)).put("performedOn", context.daysAgo(10 + interval, 150 + interval))
                    .put("reviewer", reviewer).put("accountsReviewed", 20).put("accountsRevoked", context.between(0, 2)));
        }
    }

    private void auditTrails() {
        BitSet untracked = context.gaps(systems.size());
        BitSet shortRetention = context.gaps(systems.size());
        BitSet unreviewed = context.gaps(systems.size());
        BitSet unannounced = context.gaps(organisation.departments().size());
        List<List<String>> sourcesByDepartment = new ArrayList<>();
        List<List<String>> systemsByDepartment = new ArrayList<>();
        organisation.departments().forEach(d -> {
            sourcesByDepartment.add(new ArrayList<>());
            systemsByDepartment.add(new ArrayList<>());
        });
        for (int s = 0; s < systems.size(); s++) {
            int department = s % organisation.departments().size();
            systemsByDepartment.get(department).add(systems.get(s));
            if (untracked.get(s)) {
                continue;
            }
            String id = "LS-" + systems.get(s).substring(4) + "-APP";
            boolean high = "high".equals(criticalities.get(s));
            estate.add(LOGGING, "logSources", Fields.of("id", id).put("system", systems.get(s))
                    .put("events", high ? ALL_EVENTS : ALL_EVENTS.subList(0, 6))
                    .put("retentionDays", shortRetention.get(s) ? 90 : high ? 1825 : 730)
                    .put("storage", high ? "worm" : "central"));
            if (!unreviewed.get(s)) {
                sourcesByDepartment.get(department).add(id);
            }
        }
        for (int d = 0; d < organisation.departments().size(); d++) {
            List<String> sources = sourcesByDepartment.get(d);
            if (!sources.isEmpty()) {
                for (int month = 0; month < 2; month++) {
                    estate.add(LOGGING, "logReviews", Fields.of("id", "LR-" + organisation.departments().get(d).substring(5) + "-" + (month + 1))
                            .put("sources", sources).put("performedOn", context.daysAgo(month * 30 + 5, month * 30 + 25))
                            .put("reviewer", OrganisationFacts.SECURITY_HEAD).put("findings", context.between(0, 3))
                            .put("reportedTo", organisation.head(d)));
                }
            }
            List<String> covered = systemsByDepartment.get(d);
            if (!covered.isEmpty() && !unannounced.get(d)) {
                estate.add(LOGGING, "userNotices", Fields.of("id", "UN-BANNER-" + organisation.departments().get(d).substring(5))
                        .put("topic", "auditTrail").put("channel", "loginBanner").put("publishedOn", context.daysAgo(200, 1500))
                        .put("audience", "allUsers").put("systems", covered));
            }
        }
        estate.add(LOGGING, "userNotices", Fields.of("id", "UN-RESP").put("topic", "userResponsibilities")
                .put("channel", "training").put("publishedOn", context.daysAgo(30, 200)).put("audience", "allUsers"));
        estate.list(LOGGING, "logReviews");
    }

    private void sparesAndLinks() {
        BitSet unchecked = gapsAmong(systems.size(), List.of("high"));
        BitSet noBackup = gapsAmong(systems.size(), List.of("high"));
        BitSet untestedBackup = context.gaps(organisation.departments().size());
        List<List<String>> highByDepartment = new ArrayList<>();
        List<List<String>> backedUpByDepartment = new ArrayList<>();
        organisation.departments().forEach(d -> {
            highByDepartment.add(new ArrayList<>());
            backedUpByDepartment.add(new ArrayList<>());
        });
        for (int s = 0; s < systems.size(); s++) {
            if (!"high".equals(criticalities.get(s))) {
                continue;
            }
            int department = s % organisation.departments().size();
            highByDepartment.get(department).add(systems.get(s));
            if (!noBackup.get(s)) {
                backedUpByDepartment.get(department).add(systems.get(s));
            }
            estate.add(SYSTEMS, "spares", Fields.of("id", "SP-" + systems.get(s).substring(4)).put("systems", List.of(systems.get(s)))
                    .put("item", "サーバ同型機").put("quantity", 1).put("location", "第二データセンター 予備品庫")
                    .put("lastCheckedOn", unchecked.get(s) ? context.daysAgo(400, 800) : context.daysAgo(20, 200)));
        }
        for (int d = 0; d < organisation.departments().size(); d++) {
            String site = organisation.departmentName(d);
            String suffix = organisation.departments().get(d).substring(5);
            if (!highByDepartment.get(d).isEmpty()) {
                estate.add(SYSTEMS, "networkLinks", Fields.of("id", "NL-" + suffix + "-PRI").put("systems", highByDepartment.get(d))
                        .put("carrier", "自営光ファイバー網").put("route", site + "〜中央給電指令所 東ルート（送電線添架）")
                        .put("role", "primary").put("lastSwitchoverTestOn", context.daysAgo(30, 300)));
            }
            if (!backedUpByDepartment.get(d).isEmpty()) {
                estate.add(SYSTEMS, "networkLinks", Fields.of("id", "NL-" + suffix + "-BAK").put("systems", backedUpByDepartment.get(d))
                        .put("carrier", "通信事業者の専用線").put("route", site + "〜中央給電指令所 西ルート（地下管路）")
                        .put("role", "backup")
                        .put("lastSwitchoverTestOn", untestedBackup.get(d) ? context.daysAgo(400, 800) : context.daysAgo(30, 300)));
            }
        }
        estate.list(SYSTEMS, "spares");
        estate.list(SYSTEMS, "networkLinks");
    }
}
