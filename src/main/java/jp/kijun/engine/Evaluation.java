package jp.kijun.engine;

import jp.kijun.facts.InputFile;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The result of evaluating facts against the rule pack: exactly one result per catalog control,
 * in catalog order.
 *
 * @param organisation the name of the organisation the facts describe, or {@code null} when not recorded
 */
public record Evaluation(String organisation, LocalDate asOf, List<InputFile> inputs, List<ControlResult> results) {

    public Evaluation {
        inputs = List.copyOf(inputs);
        results = List.copyOf(results);
    }

    /** How many controls have each outcome; every outcome is present, zero or not. */
    public Map<Outcome, Integer> summary() {
        Map<Outcome, Integer> counts = new EnumMap<>(Outcome.class);
        for (Outcome outcome : Outcome.values()) {
            counts.put(outcome, 0);
        }
        results.forEach(result -> counts.merge(result.outcome(), 1, Integer::sum));
        return counts;
    }

    /** The result of one control. */
    public java.util.Optional<ControlResult> result(String id) {
        return results.stream().filter(result -> result.id().equals(id)).findFirst();
    }
}
