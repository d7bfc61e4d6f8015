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
}
