package jp.kijun.steps;

import io.cucumber.java.ja.かつ;
import io.cucumber.java.ja.ならば;
import io.cucumber.java.ja.もし;
import jp.kijun.engine.ControlResult;
import jp.kijun.engine.Outcome;
import jp.kijun.engine.Reason;
import jp.kijun.facts.FactOrigin;
import jp.kijun.facts.FactSection;
import jp.kijun.facts.FactSections;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.stream.Collectors;

/** Japanese steps that evaluate the scenario's facts and state the outcome of a control and its reasons. */
public final class EvaluationSteps {

    private final ScenarioWorld world;

    public EvaluationSteps(ScenarioWorld world) {
        this.world = world;
    }

    @もし("^(\\d{4}-\\d{2}-\\d{2}) 時点で評価する$")
    public void evaluateOn(String date) throws Exception {
        world.evaluate(LocalDate.parse(date));
    }

    @ならば("^管理策「([^」]+)」は「([^」]+)」となる$")
    public void outcomeIs(String id, String label) {
        Outcome expected = Arrays.stream(Outcome.values())
                .filter(o -> o.label().ja().equals(label) || o.code().equals(label))
                .findFirst()
                .orElseThrow(() -> new AssertionError("「" + label + "」 is not an outcome; expected 合格, 不合格, 該当なし, 未確認, 免除 or エラー"));
        ControlResult result = control(id);
        world.lastControl = result;
        if (result.outcome() != expected) {
            throw new AssertionError("管理策 " + id + ": expected 「" + expected.label().ja() + "」 but was 「"
                    + result.outcome().label().ja() + "」\n" + describe(result));
        }
    }

    @かつ("^理由に「([^」]+)」が含まれる$")
    public void reasonContains(String text) {
        ControlResult result = last();
        boolean found = result.reasons().stream().anyMatch(reason -> reason.message().ja().contains(text));
        if (!found) {
            throw new AssertionError("no reason of " + result.id() + " contains 「" + text + "」\n" + describe(result));
        }
    }

    @かつ("^根拠として「([^」]+)」の「([^」]+)」が示される$")
    public void cites(String sectionTitle, String id) {
        String section = world.vocabulary.section(sectionTitle)
                .orElseThrow(() -> new AssertionError("「" + sectionTitle + "」 is not a section of the facts"));
        String type = FactSections.named(section).map(FactSection::typeName).orElse(section);
        ControlResult result = last();
        boolean cited = result.reasons().stream()
                .flatMap(reason -> reason.facts().stream())
                .anyMatch(fact -> fact.id().equals(id) && (fact.type().equals(type) || fact.type().equals("section")));
        if (!cited) {
            throw new AssertionError(result.id() + " does not cite 「" + sectionTitle + "」の「" + id + "」\n" + describe(result));
        }
    }

    private ControlResult last() {
        if (world.lastControl == null) {
            throw new AssertionError("state the outcome first: 管理策「…」は「…」となる");
        }
        return world.lastControl;
    }

    private ControlResult control(String id) {
        return world.evaluation().results().stream().filter(r -> r.id().equals(id)).findFirst()
                .orElseThrow(() -> new AssertionError("no control " + id + " in the catalog"));
    }

    private static String describe(ControlResult result) {
        return result.reasons().stream().map(EvaluationSteps::describe).collect(Collectors.joining("\n"));
    }

    private static String describe(Reason reason) {
        String facts = reason.facts().stream().map(EvaluationSteps::describe).collect(Collectors.joining(", "));
        return "  - " + reason.message().ja() + (facts.isEmpty() ? "" : " [" + facts + "]")
                + (reason.rule() == null ? "" : " (" + reason.rule() + ")");
    }

    private static String describe(FactOrigin fact) {
        return fact.type() + " " + fact.id() + " @ " + fact.source().fileAndLine();
    }
}
