package jp.kijun.engine;

import jp.kijun.catalog.Text;
import jp.kijun.facts.FactOrigin;

import java.util.List;

/**
 * Why a control has its outcome: a message and the facts it rests on.
 *
 * @param rule    the rule that found it, or {@code null} for reasons kijun gives itself (e.g. not encoded yet)
 * @param facts   the facts cited, with their sources
 * @param verdict what this aspect of the control came to: a control's reasons list every aspect — what failed, what
 *                could not be reviewed, what passed — and its outcome is the most severe of them
 */
public record Reason(Text message, List<FactOrigin> facts, String rule, Verdict verdict) {

    public Reason {
        facts = List.copyOf(facts);
    }
}
