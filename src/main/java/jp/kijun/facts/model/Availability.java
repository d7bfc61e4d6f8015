package jp.kijun.facts.model;

import java.time.LocalDate;

/** An information system's load distribution, standby, load monitoring and redundancy arrangements. */
public record Availability(
        int instances,
        String loadBalancing,
        String standby,
        LoadMonitoring loadMonitoring,
        String redundancy,
        String secondarySite,
        LocalDate lastFailoverTestOn) {

    /** Whether load is distributed: a load-balancing method other than {@code none} over two or more instances. */
    public boolean distributesLoad() {
        return loadBalancing != null && !"none".equals(loadBalancing) && instances > 1;
    }

    /** Whether standby equipment is kept (hot, warm or cold). */
    public boolean hasStandby() {
        return standby != null && !"none".equals(standby);
    }

    /** Whether the system is redundant (active-active or active-standby). */
    public boolean isRedundant() {
        return redundancy != null && !"none".equals(redundancy);
    }
}
