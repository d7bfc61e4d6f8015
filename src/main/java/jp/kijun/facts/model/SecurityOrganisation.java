package jp.kijun.facts.model;

import java.time.LocalDate;
import java.util.List;

/** The information security organisation: responsible officer, department, committee and the group companies covered. */
public record SecurityOrganisation(
        String responsibleOfficer,
        LocalDate officerAppointedOn,
        String department,
        String committee,
        List<String> coveredGroupCompanies,
        String definedIn) {

    public SecurityOrganisation {
        coveredGroupCompanies = coveredGroupCompanies == null ? List.of() : List.copyOf(coveredGroupCompanies);
    }

    /** Whether the organisation covers the group company with id {@code groupCompanyId}. */
    public boolean covers(String groupCompanyId) {
        return coveredGroupCompanies.contains(groupCompanyId);
    }
}
