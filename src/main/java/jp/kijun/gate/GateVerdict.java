package jp.kijun.gate;

import jp.kijun.catalog.Text;

import java.util.List;

/**
 * What the gate decided and why, for the last line of the console report and the JSON report's {@code gate}.
 *
 * @param passed            whether the gate passed (exit 0)
 * @param failOn            the tiers it gated on
 * @param acceptNotReviewed whether not-reviewed controls were accepted
 * @param baseline          the baseline compared with, or {@code null}
 * @param failed            without a baseline: the failed controls that block, in catalog order
 * @param notReviewed       without a baseline: the encoded, not-reviewed controls that block
 * @param regressions       with a baseline: the regressions that block
 * @param accepted          how many not-reviewed controls of a gating tier {@code --accept-not-reviewed} let pass
 */
public record GateVerdict(boolean passed, FailOn failOn, boolean acceptNotReviewed, String baseline,
                          List<String> failed, List<String> notReviewed, List<String> regressions, int accepted) {

    private static final int IDS_SHOWN = 5;

    public GateVerdict {
        failed = List.copyOf(failed);
        notReviewed = List.copyOf(notReviewed);
        regressions = List.copyOf(regressions);
    }

    /** The controls that block, in the order the verdict lists them. */
    public List<String> blocking() {
        if (baseline != null) {
            return regressions;
        }
        return java.util.stream.Stream.concat(failed.stream(), notReviewed.stream()).toList();
    }

    /** One line: passed or failed, on which tier, how many controls and which, against what. */
    public Text line() {
        if (failOn == FailOn.NONE) {
            return new Text("ゲート: 合格（--fail-on none のため、判定結果では不合格になりません）",
                    "Gate: passed (--fail-on none: no outcome fails it)");
        }
        Text tiers = failOn == FailOn.CONSIDER
                ? new Text("要検討事項", "tier consider (要検討事項)")
                : new Text("要検討事項・参考事項", "either tier");
        if (baseline != null) {
            return passed
                    ? new Text("ゲート: 合格 — 基準 " + baseline + " に対し、" + tiers.ja() + "の悪化はありません（基準にある不合格・未確認は阻止しません）",
                    "Gate: passed — no regression of " + tiers.en() + " against the baseline " + baseline
                            + " (failures and gaps already in the baseline do not block)")
                    : new Text("ゲート: 不合格 — 基準 " + baseline + " に対し、" + tiers.ja() + "の悪化 " + regressions.size()
                    + " 件: " + ids(regressions, "ja"),
                    "Gate: failed — " + count(regressions.size(), "regression") + " of " + tiers.en()
                            + " against the baseline " + baseline + ": " + ids(regressions, "en"));
        }
        if (passed) {
            String acceptedJa = accepted > 0 ? "（未確認 " + accepted + " 件は --accept-not-reviewed により許容）" : "";
            String acceptedEn = accepted > 0 ? " (" + count(accepted, "not-reviewed control") + " accepted by "
                    + "--accept-not-reviewed)" : "";
            return new Text("ゲート: 合格 — " + tiers.ja() + "に不合格・未確認の管理策はありません" + acceptedJa,
                    "Gate: passed — no control of " + tiers.en() + " is failed or not reviewed" + acceptedEn);
        }
        StringBuilder ja = new StringBuilder("ゲート: 不合格 — ").append(tiers.ja()).append("のうち");
        StringBuilder en = new StringBuilder("Gate: failed — ");
        if (!failed.isEmpty()) {
            ja.append("不合格 ").append(failed.size()).append(" 件（").append(ids(failed, "ja")).append("）");
            en.append(failed.size()).append(" failed (").append(ids(failed, "en")).append(")");
        }
        if (!notReviewed.isEmpty()) {
            if (!failed.isEmpty()) {
                ja.append("、");
                en.append(" and ");
            }
            ja.append("証拠が記録されていない未確認 ").append(notReviewed.size()).append(" 件（").append(ids(notReviewed, "ja"))
                    .append("）");
            en.append(notReviewed.size()).append(" not reviewed for want of evidence (").append(ids(notReviewed, "en"))
                    .append(")");
        }
        en.append(failed.size() + notReviewed.size() == 1 ? " control of " : " controls of ").append(tiers.en());
        if (!notReviewed.isEmpty()) {
            ja.append("。未確認を許容するには --accept-not-reviewed");
            en.append("; --accept-not-reviewed lets not-reviewed controls pass");
        }
        return new Text(ja.toString(), en.toString());
    }

    private static String ids(List<String> ids, String lang) {
        String shown = String.join(", ", ids.subList(0, Math.min(IDS_SHOWN, ids.size())));
        if (ids.size() <= IDS_SHOWN) {
            return shown;
        }
        int more = ids.size() - IDS_SHOWN;
        return lang.equals("ja") ? shown + " ほか " + more + " 件" : shown + " and " + more + " more";
    }

    private static String count(int n, String noun) {
        return n + " " + noun + (n == 1 ? "" : "s");
    }
}
