package jp.kijun.facts.model;

import java.time.LocalDate;
import java.util.List;
import jp.kijun.facts.Entity;

/** An internal audit, with its auditor, the departments audited, its report date and findings. */
public record InternalAudit(
        String id,
        LocalDate performedOn,
        String auditor,
        List<String> auditedDepartments,
        String scope,
        LocalDate reportIssuedOn,
        Integer findings) implements Entity {

    public InternalAudit {
        auditedDepartments = auditedDepartments == null ? List.of() : List.copyOf(auditedDepartments);
    }

    /** Whether the department with id {@code departmentId} is among the departments audited. */
    public boolean audits(String departmentId) {
        return auditedDepartments.contains(departmentId);
    }
}
