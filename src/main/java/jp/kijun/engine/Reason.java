package jp.kijun.engine;

import jp.kijun.catalog.Text;
import jp.kijun.facts.FactOrigin;

import java.util.List;

/**
 * Why a control has its outcome: a message and the facts it rests on.
 *
 * @param rule  the rule that found it, or {@code null} for reasons kijun gives itself (e.g. not encoded yet)
 * @param facts the facts cited, with their sources
 */
public record Reason(Text message, List<FactOrigin> facts, String rule) {

    public Reason {
        facts = List.copyOf(facts);
    }
}
