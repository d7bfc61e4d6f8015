package jp.kijun.engine;

import jp.kijun.catalog.Catalog;
import jp.kijun.facts.FactSet;
import jp.kijun.facts.model.Organisation;
import org.kie.api.runtime.KieSession;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Runs the rules over one set of facts: inserts the facts, the parameters and the evaluation date,
 * fires, collects the findings and aggregates them into one outcome per catalog control.
 */
public final class Evaluator {

    private final RuleBase rules;
    private final Catalog catalog;

    public Evaluator(RuleBase rules, Catalog catalog) {
        this.rules = rules;
        this.catalog = catalog;
    }

    /**
     * Evaluates {@code facts} on {@code asOf} with the given parameter values.
     *
     * @throws RuleFailureException when a rule throws; no partial result is returned
     */
    public Evaluation evaluate(FactSet facts, LocalDate asOf, Map<String, Object> parameters) throws RuleFailureException {
        List<Finding> findings = fire(facts, asOf, parameters, SessionProbe.NONE);
        List<ControlResult> results = new OutcomeAggregator(catalog, facts).aggregate(findings);
        String organisation = facts.facts().stream()
                .filter(Organisation.class::isInstance)
                .map(fact -> ((Organisation) fact).name())
                .findFirst()
                .orElse(null);
        return new Evaluation(organisation, asOf, facts.inputs(), results);
    }

    /** Fires the rules over {@code facts}, letting {@code probe} look at the session before and after firing. */
    List<Finding> fire(FactSet facts, LocalDate asOf, Map<String, Object> parameters, SessionProbe probe)
            throws RuleFailureException {
        KieSession session = rules.newSession();
        try {
            facts.facts().forEach(session::insert);
            ListEntries.of(facts.facts()).forEach(session::insert);
            parameters.forEach((name, value) -> session.insert(new Parameter(name, value)));
            session.insert(new AsOf(asOf));
            probe.beforeFiring(session);
            session.fireAllRules();
            probe.afterFiring(session);
            List<Finding> findings = new ArrayList<>();
            session.getObjects(object -> object instanceof Finding).forEach(object -> findings.add((Finding) object));
            return findings;
        } catch (RuntimeException e) {
            throw new RuleFailureException(e);
        } finally {
            session.dispose();
        }
    }
}
