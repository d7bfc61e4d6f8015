package jp.kijun.engine;

import jp.kijun.catalog.Catalog;
import jp.kijun.facts.FactSet;
import jp.kijun.facts.model.Organisation;
import org.kie.api.event.rule.AfterMatchFiredEvent;
import org.kie.api.event.rule.DefaultAgendaEventListener;
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

    private final List<RuleBase> rules;
    private final Catalog catalog;
    private RuleFirings firings;

    public Evaluator(RuleBase rules, Catalog catalog) {
        this(List.of(rules), catalog);
    }

    /** Evaluates with the shipped rules and those of rule packs, each in a session of its own over the same facts. */
    public Evaluator(List<RuleBase> rules, Catalog catalog) {
        this.rules = List.copyOf(rules);
        this.catalog = catalog;
    }

    /** Records the name of every rule that fires into {@code firings}. */
    public Evaluator recording(RuleFirings firings) {
        this.firings = firings;
        return this;
    }

    /**
     * Evaluates {@code facts} on {@code asOf} with the given parameter values.
     *
     * @throws RuleFailureException when a rule throws; no partial result is returned
     */
    public Evaluation evaluate(FactSet facts, LocalDate asOf, Map<String, Object> parameters) throws RuleFailureException {
        List<Finding> findings = fire(facts, asOf, parameters);
        List<ControlResult> results = new OutcomeAggregator(catalog, facts).aggregate(findings);
        String organisation = facts.facts().stream()
                .filter(Organisation.class::isInstance)
                .map(fact -> ((Organisation) fact).name())
                .findFirst()
                .orElse(null);
        return new Evaluation(organisation, asOf, facts.inputs(), results);
    }

    private List<Finding> fire(FactSet facts, LocalDate asOf, Map<String, Object> parameters) throws RuleFailureException {
        List<Finding> findings = new ArrayList<>();
        for (RuleBase ruleBase : rules) {
            findings.addAll(fire(ruleBase, facts, asOf, parameters));
        }
        return findings;
    }

    private List<Finding> fire(RuleBase ruleBase, FactSet facts, LocalDate asOf, Map<String, Object> parameters)
            throws RuleFailureException {
        KieSession session = ruleBase.newSession();
        if (firings != null) {
            session.addEventListener(new DefaultAgendaEventListener() {
                @Override
                public void afterMatchFired(AfterMatchFiredEvent event) {
                    firings.fired(event.getMatch().getRule().getName());
                }
            });
        }
        try {
            facts.facts().forEach(session::insert);
            parameters.forEach((name, value) -> session.insert(new Parameter(name, value)));
            session.insert(new AsOf(asOf));
            session.fireAllRules();
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
