package jp.kijun.steps;

import io.cucumber.java.ja.かつ;
import io.cucumber.java.ja.ならば;
import io.cucumber.java.ja.もし;
import io.cucumber.java.ja.前提;
import jp.kijun.config.ParameterLayer;
import jp.kijun.config.ParameterValue;
import jp.kijun.engine.ControlResult;
import jp.kijun.engine.Outcome;
import jp.kijun.gate.FailOn;
import jp.kijun.gate.Gate;
import jp.kijun.gate.WaiverStatus;

import java.util.Arrays;
import java.util.List;

/**
 * Japanese steps for tailoring: a profile, a config file, environment variables and waivers; the exit code a
 * pipeline sees, the input errors, and what became of each parameter and waiver.
 */
public final class TailoringSteps {

    private final ScenarioWorld world;

    public TailoringSteps(ScenarioWorld world) {
        this.world = world;
    }

    @前提("^次のプロファイルを使う:$")
    public void useProfileFile(String yaml) throws Exception {
        world.profile = ScenarioWorld.temporaryFile("kijun-profile-", ".yaml", yaml).toString();
    }

    @もし("^プロファイル「([^」]+)」を使う$")
    public void useProfile(String name) {
        world.profile = name;
    }

    @かつ("^次の設定ファイルを使う:$")
    public void useConfig(String properties) throws Exception {
        world.config = ScenarioWorld.temporaryFile("kijun-config-", ".properties", properties);
    }

    @かつ("^環境変数「([^」]+)」を「([^」]*)」にする$")
    public void setEnvironment(String name, String value) {
        world.environment.put(name, value);
    }

    @かつ("^次の免除を使う:$")
    public void useWaivers(String yaml) throws Exception {
        world.waivers = ScenarioWorld.temporaryFile("kijun-waivers-", ".yaml", yaml);
    }

    @かつ("^ゲートの区分を「([^」]+)」とする$")
    public void gateOn(String tier) {
        world.failOn = switch (tier) {
            case "要検討事項" -> FailOn.CONSIDER;
            case "参考事項" -> FailOn.REFERENCE;
            case "なし" -> FailOn.NONE;
            default -> FailOn.of(tier);
        };
    }

    @かつ("^未確認を許容する$")
    public void acceptNotReviewed() {
        world.acceptNotReviewed = true;
    }

    @ならば("^終了コードは「(\\d)」となる$")
    public void exitCode(int expected) {
        int actual = world.inputError != null ? 2
                : new Gate(world.failOn, world.acceptNotReviewed).exitCode(world.evaluation());
        if (actual != expected) {
            throw new AssertionError("exit code " + actual + ", expected " + expected
                    + (world.inputError != null ? "\n" + world.inputError.getMessage() : ""));
        }
    }

    @ならば("^ゲートの判定に「([^」]+)」が含まれる$")
    public void gateLine(String text) {
        String line = new Gate(world.failOn, world.acceptNotReviewed).verdict(world.evaluation()).line().ja();
        if (!line.contains(text)) {
            throw new AssertionError("the gate's verdict does not contain 「" + text + "」: " + line);
        }
    }

    @ならば("^入力エラーとして「([^」]+)」が報告される$")
    public void inputError(String text) {
        if (world.inputError == null) {
            throw new AssertionError("the run had no input error");
        }
        if (!world.inputError.getMessage().contains(text)) {
            throw new AssertionError("no input problem contains 「" + text + "」:\n" + world.inputError.getMessage());
        }
    }

    @かつ("^除外の理由として「([^」]+)」が示される$")
    public void deselectionReason(String text) {
        ControlResult result = last();
        if (result.deselection() == null || !result.deselection().reason().contains(text)) {
            throw new AssertionError(result.id() + " was not deselected with a reason containing 「" + text + "」: "
                    + result.deselection());
        }
    }

    @かつ("^区分は「([^」]+)」となる$")
    public void tier(String label) {
        ControlResult result = last();
        if (!result.tier().label().ja().equals(label) && !result.tier().code().equals(label)) {
            throw new AssertionError(result.id() + " has tier 「" + result.tier().label().ja() + "」");
        }
    }

    @ならば("^パラメータ「([^」]+)」の値は「([^」]+)」で、「([^」]+)」による$")
    public void parameter(String name, String value, String layer) {
        if (world.inputError != null) {
            throw new AssertionError("the run stopped on input problems:\n" + world.inputError.getMessage());
        }
        ParameterValue actual = world.assessment.parameters().all().stream()
                .filter(parameter -> parameter.name().equals(name))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no parameter " + name));
        String shown = actual.value() instanceof List<?> list
                ? String.join("、", list.stream().map(String::valueOf).toList())
                : String.valueOf(actual.value());
        ParameterLayer expectedLayer = Arrays.stream(ParameterLayer.values())
                .filter(l -> l.label().ja().equals(layer) || l.code().equals(layer))
                .findFirst()
                .orElseThrow(() -> new AssertionError("「" + layer + "」 is not a layer: 既定値, プロファイル, 設定ファイル, 環境変数, コマンドライン"));
        if (!shown.equals(value) || actual.layer() != expectedLayer) {
            throw new AssertionError(name + " is 「" + shown + "」 from 「" + actual.layer().label().ja() + "」 ("
                    + actual.origin() + ")");
        }
    }

    @ならば("^免除「([^」]+)」は「([^」]+)」となる$")
    public void waiverState(String id, String label) {
        if (world.inputError != null) {
            throw new AssertionError("the run stopped on input problems:\n" + world.inputError.getMessage());
        }
        WaiverStatus status = world.assessment.waivers().stream()
                .filter(s -> s.waiverId().equals(id))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no waiver " + id));
        if (!status.state().label().ja().equals(label) && !status.state().code().equals(label)) {
            throw new AssertionError("waiver " + id + " is 「" + status.state().label().ja() + "」: " + status.message().ja());
        }
    }

    @かつ("^免除された本来の判定は「([^」]+)」で、承認者は「([^」]+)」である$")
    public void waivedVerdict(String outcome, String approver) {
        ControlResult result = last();
        if (result.waiver() == null) {
            throw new AssertionError(result.id() + " is not waived");
        }
        Outcome hidden = result.waiver().hidden();
        if (!hidden.label().ja().equals(outcome) || !result.waiver().approver().equals(approver)) {
            throw new AssertionError(result.id() + " hides 「" + hidden.label().ja() + "」, approved by "
                    + result.waiver().approver());
        }
    }

    private ControlResult last() {
        if (world.lastControl == null) {
            throw new AssertionError("state the outcome first: 管理策「…」は「…」となる");
        }
        return world.lastControl;
    }
}
