package jp.kijun.facts;

import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Everything loaded from the facts files: the facts to insert into the engine, and where each came from.
 *
 * @param facts   entities, singletons and {@link SectionPresence} facts, in file order
 * @param inputs  every file read, with its digest, in the order read
 */
public record FactSet(List<Object> facts, List<InputFile> inputs, Map<Object, FactOrigin> origins) {

    public FactSet {
        facts = List.copyOf(facts);
        inputs = List.copyOf(inputs);
        IdentityHashMap<Object, FactOrigin> copy = new IdentityHashMap<>(origins);
        origins = Collections.unmodifiableMap(copy);
    }

    /** Where a fact came from; empty for facts kijun made itself (parameters, the evaluation date). */
    public Optional<FactOrigin> originOf(Object fact) {
        return Optional.ofNullable(origins.get(fact));
    }

    /** The name of the organisation the facts describe, or {@code null} when they record none. */
    public String organisationName() {
        return facts.stream()
                .filter(jp.kijun.facts.model.governance.Organisation.class::isInstance)
                .map(fact -> ((jp.kijun.facts.model.governance.Organisation) fact).name())
                .findFirst()
                .orElse(null);
    }
}
