package jp.kijun.engine.templates;

import jp.kijun.catalog.Text;
import jp.kijun.engine.Verdict;

import java.util.Arrays;
import java.util.List;

/**
 * What a requirement template found about one aspect of a control: a verdict, a message in Japanese and English, and
 * the facts it rests on. The template's rule inserts each as a finding on the requirement's control.
 */
public record Judgement(Verdict verdict, Text message, List<Object> facts) {

    public Judgement {
        facts = List.copyOf(facts);
    }

    static Judgement of(Verdict verdict, String ja, String en, Object... facts) {
        return new Judgement(verdict, new Text(ja, en), Arrays.stream(facts).filter(java.util.Objects::nonNull).toList());
    }

    static Judgement pass(String ja, String en, Object... facts) {
        return of(Verdict.PASS, ja, en, facts);
    }

    static Judgement fail(String ja, String en, Object... facts) {
        return of(Verdict.FAIL, ja, en, facts);
    }
}
