package jp.kijun.facts;

import jp.kijun.facts.model.AccessReview;
import jp.kijun.facts.model.Account;
import jp.kijun.facts.model.Attestation;
import jp.kijun.facts.model.Committee;
import jp.kijun.facts.model.CredentialPolicy;
import jp.kijun.facts.model.Department;
import jp.kijun.facts.model.Document;
import jp.kijun.facts.model.GroupCompany;
import jp.kijun.facts.model.IncidentProcedure;
import jp.kijun.facts.model.IncidentTeam;
import jp.kijun.facts.model.InformationSystem;
import jp.kijun.facts.model.InternalAudit;
import jp.kijun.facts.model.LogReview;
import jp.kijun.facts.model.LogSource;
import jp.kijun.facts.model.MisuseEvent;
import jp.kijun.facts.model.NetworkLink;
import jp.kijun.facts.model.NetworkZone;
import jp.kijun.facts.model.Organisation;
import jp.kijun.facts.model.Person;
import jp.kijun.facts.model.Role;
import jp.kijun.facts.model.SecurityOrganisation;
import jp.kijun.facts.model.SecurityReview;
import jp.kijun.facts.model.SelfInspection;
import jp.kijun.facts.model.SharingArrangement;
import jp.kijun.facts.model.Spare;
import jp.kijun.facts.model.StaffGroup;
import jp.kijun.facts.model.TrainingPlan;
import jp.kijun.facts.model.TrainingSession;
import jp.kijun.facts.model.UserNotice;
import jp.kijun.facts.model.ZoneConnection;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Every section of the facts files, in schema order, with the record its entries bind to. */
public final class FactSections {

    private static final List<FactSection> ALL = List.of(
            single("organisation", "organisation", Organisation.class),
            list("groupCompanies", "groupCompany", GroupCompany.class),
            list("departments", "department", Department.class),
            list("people", "person", Person.class),
            list("staffGroups", "staffGroup", StaffGroup.class),
            list("documents", "document", Document.class),
            single("securityOrganisation", "securityOrganisation", SecurityOrganisation.class),
            list("roles", "role", Role.class),
            list("committees", "committee", Committee.class),
            list("incidentTeams", "incidentTeam", IncidentTeam.class),
            list("incidentProcedures", "incidentProcedure", IncidentProcedure.class),
            list("informationSharing", "sharingArrangement", SharingArrangement.class),
            list("trainingPlans", "trainingPlan", TrainingPlan.class),
            list("trainingSessions", "trainingSession", TrainingSession.class),
            list("selfInspections", "selfInspection", SelfInspection.class),
            list("internalAudits", "internalAudit", InternalAudit.class),
            list("securityReviews", "securityReview", SecurityReview.class),
            list("systems", "informationSystem", InformationSystem.class),
            list("accounts", "account", Account.class),
            list("credentialPolicies", "credentialPolicy", CredentialPolicy.class),
            list("misuseEvents", "misuseEvent", MisuseEvent.class),
            list("accessReviews", "accessReview", AccessReview.class),
            list("logSources", "logSource", LogSource.class),
            list("logReviews", "logReview", LogReview.class),
            list("userNotices", "userNotice", UserNotice.class),
            list("spares", "spare", Spare.class),
            list("networkLinks", "networkLink", NetworkLink.class),
            list("networkZones", "networkZone", NetworkZone.class),
            list("zoneConnections", "zoneConnection", ZoneConnection.class),
            list("attestations", "attestation", Attestation.class));

    private static final Map<String, FactSection> BY_NAME = new LinkedHashMap<>();

    static {
        ALL.forEach(section -> BY_NAME.put(section.name(), section));
    }

    private FactSections() {
    }

    public static List<FactSection> all() {
        return ALL;
    }

    public static Optional<FactSection> named(String name) {
        return Optional.ofNullable(BY_NAME.get(name));
    }

    private static FactSection list(String name, String typeName, Class<?> type) {
        return new FactSection(name, typeName, type, true);
    }

    private static FactSection single(String name, String typeName, Class<?> type) {
        return new FactSection(name, typeName, type, false);
    }
}
