package jp.kijun.gate;

import jp.kijun.catalog.Text;
import jp.kijun.engine.AppliedWaiver;
import jp.kijun.engine.ControlResult;
import jp.kijun.engine.Verdict;
import jp.kijun.engine.Evaluation;
import jp.kijun.engine.Outcome;
import jp.kijun.facts.FactOrigin;

import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Applies waivers to an evaluation. A waiver applies only between its grant and expiry dates relative to the
 * evaluation date, within the maximum duration, to a failed or not-reviewed control, and — when it has a scope —
 * only if every fact cited against the control is in its scope. Waivers never hide an error. Each waiver ends up
 * with one status, so that expired, future, out-of-scope and unused waivers are all reported.
 */
public final class Waivers {

    private static final Set<Outcome> WAIVABLE = Set.of(Outcome.FAILED, Outcome.NOT_REVIEWED);

    /**
     * The result of applying waivers.
     *
     * @param evaluation the evaluation with waived controls
     * @param statuses   one status per waiver, malformed ones included, in file order
     */
    public record Result(Evaluation evaluation, List<WaiverStatus> statuses) {
    }

    private Waivers() {
    }

    public static Result apply(WaiverFile file, Evaluation evaluation, long maximumDays) {
        Map<String, ControlResult> results = new LinkedHashMap<>();
        evaluation.results().forEach(result -> results.put(result.id(), result));
        List<WaiverStatus> statuses = new ArrayList<>(file.malformed());
        for (Waiver waiver : file.waivers()) {
            ControlResult result = results.get(waiver.control());
            WaiverStatus status = status(waiver, result, evaluation, maximumDays);
            if (status.state() == WaiverStatus.State.APPLIED) {
                results.put(result.id(), result.waived(new AppliedWaiver(waiver.id(), result.outcome(),
                        waiver.justification(), waiver.approver(), waiver.approverRole(), waiver.reference(),
                        waiver.grantedOn(), waiver.expiresOn(), waiver.source())));
            }
            statuses.add(status);
        }
        Evaluation waived = new Evaluation(evaluation.organisation(), evaluation.asOf(), evaluation.inputs(),
                List.copyOf(results.values()));
        return new Result(waived, statuses);
    }

    private static WaiverStatus status(Waiver waiver, ControlResult result, Evaluation evaluation, long maximumDays) {
        if (result == null) {
            return status(waiver, WaiverStatus.State.UNKNOWN_CONTROL, "管理策 " + waiver.control() + " はカタログにありません",
                    "control " + waiver.control() + " is not in the catalog");
        }
        if (evaluation.asOf().isBefore(waiver.grantedOn())) {
            return status(waiver, WaiverStatus.State.NOT_YET_IN_FORCE, waiver.grantedOn() + " から有効のため、まだ適用しません",
                    "not in force until " + waiver.grantedOn());
        }
        if (evaluation.asOf().isAfter(waiver.expiresOn())) {
            return status(waiver, WaiverStatus.State.EXPIRED, waiver.expiresOn() + " に期限切れのため適用しません",
                    "expired on " + waiver.expiresOn());
        }
        long days = ChronoUnit.DAYS.between(waiver.grantedOn(), waiver.expiresOn());
        if (days > maximumDays) {
            return status(waiver, WaiverStatus.State.TOO_LONG, "期間 " + days + " 日が上限 " + maximumDays + " 日を超えるため適用しません",
                    "its " + days + " days exceed the maximum of " + maximumDays + " days");
        }
        if (result.outcome() == Outcome.ERROR) {
            return status(waiver, WaiverStatus.State.ERROR_NOT_WAIVABLE, "エラーは免除できません", "an error is never waived");
        }
        if (!WAIVABLE.contains(result.outcome())) {
            return status(waiver, WaiverStatus.State.UNUSED, "管理策は「" + result.outcome().label().ja() + "」で、免除は使われていません",
                    "unused: the control is " + result.outcome().label().en());
        }
        List<String> outside = outsideScope(waiver, result);
        if (!outside.isEmpty()) {
            return status(waiver, WaiverStatus.State.OUT_OF_SCOPE, "対象外の事実 " + outside + " が根拠のため適用しません",
                    "facts " + outside + " cited against the control are outside its scope");
        }
        return status(waiver, WaiverStatus.State.APPLIED, "「" + result.outcome().label().ja() + "」を免除（承認: "
                + waiver.approver() + "、" + waiver.approverRole() + "、期限 " + waiver.expiresOn() + "）",
                "waives " + result.outcome().label().en() + " (approved by " + waiver.approver() + ", "
                        + waiver.approverRole() + ", until " + waiver.expiresOn() + ")");
    }

    private static List<String> outsideScope(Waiver waiver, ControlResult result) {
        if (waiver.scope().isEmpty()) {
            return List.of();
        }
        List<String> cited = result.reasons().stream()
                .filter(reason -> reason.verdict() == Verdict.FAIL || reason.verdict() == Verdict.INCOMPLETE)
                .flatMap(reason -> reason.facts().stream())
                .map(FactOrigin::id)
                .distinct()
                .toList();
        if (cited.isEmpty()) {
            return List.of("(none cited)");
        }
        return cited.stream().filter(id -> !waiver.scope().contains(id)).toList();
    }

    private static WaiverStatus status(Waiver waiver, WaiverStatus.State state, String ja, String en) {
        return new WaiverStatus(waiver.id(), waiver.control(), state,
                new Text("免除 " + waiver.id() + "（" + waiver.control() + "）: " + ja, "waiver " + waiver.id() + " ("
                        + waiver.control() + "): " + en), waiver.source());
    }
}
