package jp.kijun.facts.model;

import java.util.List;

/** Which load metrics of an information system are monitored, the alert threshold and who receives alerts. */
public record LoadMonitoring(List<String> metrics, Integer alertThresholdPercent, List<String> recipients) {

    public LoadMonitoring {
        metrics = metrics == null ? List.of() : List.copyOf(metrics);
        recipients = recipients == null ? List.of() : List.copyOf(recipients);
    }

    /** The metrics among {@code required} that are not monitored, in the order given. */
    public List<String> missingMetrics(List<String> required) {
        return required.stream().filter(metric -> !metrics.contains(metric)).toList();
    }
}
