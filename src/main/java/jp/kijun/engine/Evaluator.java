package jp.kijun.engine;

import jp.kijun.catalog.Catalog;
import jp.kijun.catalog.Check;
import jp.kijun.facts.FactSet;
import jp.kijun.facts.domain.Parties;
import jp.kijun.facts.model.governance.Organisation;
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
    private final List<DataNeed> needs;
    private RuleFirings firings;

    public Evaluator(RuleBase rules, Catalog catalog) {
        this(List.of(rules), catalog);
    }

    /** Evaluates with the shipped rules and those of rule packs, each in a session of its own over the same facts. */
    public Evaluator(List<RuleBase> rules, Catalog catalog) {
        this.rules = List.copyOf(rules);
        this.catalog = catalog;
        this.needs = DataNeed.of(catalog);
    }

    /** Records the name of every rule that fires into {@code firings}. */
    public Evaluator recording(RuleFirings firings) {
        this.firings = firings;
        return this;
    }

    /**
     * Evaluates {@code facts} on {@code asOf} with the given parameter values. A rule whose consequence throws is
     * contained: the controls it decides are {@code error}, with what it threw, and every other rule still fires.
     *
     * @throws RuleFailureException when a rule fails where it cannot be contained — in its conditions, which leaves
     *                              what every other rule saw in doubt, or without {@code @control} to blame — or when
     *                              the rule base was built without kijun's {@link RuleFailureHandler}; no partial
     *                              result is returned
     */
    public Evaluation evaluate(FactSet facts, LocalDate asOf, Map<String, Object> parameters) throws RuleFailureException {
        List<Object> fired = fireAll(facts, asOf, parameters, SessionProbe.NONE);
        List<Finding> findings = fired.stream().filter(Finding.class::isInstance).map(Finding.class::cast).toList();
        List<RuleFailure> failures = fired.stream().filter(RuleFailure.class::isInstance).map(RuleFailure.class::cast)
                .toList();
        for (RuleFailure failure : failures) {
            if (failure.controls().isEmpty()) {
                throw new RuleFailureException("rule \"" + failure.rule() + "\" failed and names no control with "
                        + "@control, so no control can show it: " + failure.error());
            }
        }
        List<ControlResult> results = new OutcomeAggregator(catalog, facts).aggregate(findings, failures);
        return new Evaluation(facts.organisationName(), asOf, facts.inputs(), results);
    }

    /** The findings the rules make over {@code facts}, letting {@code probe} look at each session around firing. */
    List<Finding> fire(FactSet facts, LocalDate asOf, Map<String, Object> parameters, SessionProbe probe)
            throws RuleFailureException {
        return fireAll(facts, asOf, parameters, probe).stream()
                .filter(Finding.class::isInstance).map(Finding.class::cast).toList();
    }

    /** Fires every rule base; returns what they inserted: findings, and a {@link RuleFailure} for each rule that threw. */
    private List<Object> fireAll(FactSet facts, LocalDate asOf, Map<String, Object> parameters, SessionProbe probe)
            throws RuleFailureException {
        List<Object> inserted = new ArrayList<>();
        for (RuleBase ruleBase : rules) {
            inserted.addAll(fire(ruleBase, facts, asOf, parameters, probe));
        }
        return inserted;
    }

    private List<Object> fire(RuleBase ruleBase, FactSet facts, LocalDate asOf, Map<String, Object> parameters,
                              SessionProbe probe) throws RuleFailureException {
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
            ListEntries.of(facts.facts()).forEach(session::insert);
            SystemAccounts.of(facts.facts()).forEach(session::insert);
            Parties parties = Parties.of(facts.facts());
            session.insert(parties);
            parties.all().forEach(session::insert);
            parameters.forEach((name, value) -> session.insert(new Parameter(name, value)));
            session.insert(new Parameters(parameters));
            catalog.items().filter(item -> item.check() != Check.PLANNED)
                    .forEach(item -> item.decide().forEach(session::insert));
            needs.forEach(session::insert);
            session.insert(new AsOf(asOf));
            probe.beforeFiring(session);
            session.fireAllRules();
            probe.afterFiring(session);
            return new ArrayList<>(session.getObjects(object -> object instanceof Finding || object instanceof RuleFailure));
        } catch (RuntimeException e) {
            throw new RuleFailureException(e);
        } finally {
            session.dispose();
        }
    }
}
