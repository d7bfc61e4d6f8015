package jp.kijun.engine.templates;

import jp.kijun.catalog.requirement.Requirement;
import jp.kijun.engine.Finding;
import org.kie.api.runtime.rule.RuleContext;

import java.util.List;

/** Inserts what a template rule judged as findings on the control of its requirement. */
public final class TemplateFindings {

    private TemplateFindings() {
    }

    /** In DRL: {@code TemplateFindings.insert(kcontext, $requirement, GovernedDocuments.judge(…));} */
    public static void insert(RuleContext rule, Requirement requirement, List<Judgement> judgements) {
        for (Judgement judgement : judgements) {
            rule.getKieRuntime().insert(Finding.about(requirement, rule, judgement.verdict(), judgement.message(), judgement.facts()));
        }
    }
}
