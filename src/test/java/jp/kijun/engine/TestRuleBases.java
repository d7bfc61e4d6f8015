package jp.kijun.engine;

import org.drools.model.codegen.ExecutableModelProject;
import org.kie.api.io.ResourceType;
import org.kie.internal.utils.KieHelper;

/** Rule bases for tests: DRL compiled at run time to the executable model, configured as kijun configures its own. */
public final class TestRuleBases {

    private TestRuleBases() {
    }

    /** Several DRL files compiled into one rule base. */
    public static RuleBase compile(java.util.List<String> drls) throws EmptyRuleBaseException {
        KieHelper helper = new KieHelper();
        drls.forEach(drl -> helper.addContent(drl, ResourceType.DRL));
        return RuleBase.of(helper.build(ExecutableModelProject.class, RuleFailureHandler.option()));
    }

    public static RuleBase compile(String drl) throws EmptyRuleBaseException {
        return RuleBase.of(new KieHelper().addContent(drl, ResourceType.DRL)
                .build(ExecutableModelProject.class, RuleFailureHandler.option()));
    }

    /**
     * Three rules on people: one passes P1a-1-02 for each person, one throws in its consequence for P1a-1-01 (a user's
     * rule with a bug), one passes P1a-1-03. Only P1a-1-01 may end in error.
     */
    public static final String ONE_RULE_THROWS = """
            package test.rules;
            import jp.kijun.engine.Finding;
            import jp.kijun.facts.model.people.Person;

            rule "P1a-1-02 every person is known"
              @control("P1a-1-02")
            when
              $person : Person()
            then
              insert(Finding.pass(kcontext, "記録あり", "recorded", $person));
            end

            rule "P1a-1-01 a rule with a bug"
              @control("P1a-1-01")
            when
              $person : Person()
            then
              String department = $person.department();
              insert(Finding.pass(kcontext, department.trim(), department.trim(), $person));
            end

            rule "P1a-1-03 still evaluated after the failure"
              @control("P1a-1-03")
            when
              $person : Person()
            then
              insert(Finding.pass(kcontext, "評価済み", "evaluated", $person));
            end
            """;
}
