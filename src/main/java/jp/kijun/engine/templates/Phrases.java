package jp.kijun.engine.templates;

import jp.kijun.catalog.requirement.Expectation;
import jp.kijun.engine.Parameters;

import java.util.stream.Collectors;

/** How a message says what a field is expected to hold, with the parameter values it reads. */
final class Phrases {

    private Phrases() {
    }

    static String expectation(Expectation expect, Parameters parameters, String language) {
        boolean ja = "ja".equals(language);
        return switch (expect.kind()) {
            case PRESENT -> ja ? "記録されているもの" : "recorded";
            case EQUALS -> ja ? "「" + expect.values().get(0) + "」" : expect.values().get(0);
            case ONE_OF -> ja ? expect.values().stream().map(v -> "「" + v + "」").collect(Collectors.joining("・")) + "のいずれか"
                    : "one of " + String.join(", ", expect.values());
            case NONE_OF -> ja ? expect.values().stream().map(v -> "「" + v + "」").collect(Collectors.joining("・")) + "以外"
                    : "other than " + String.join(", ", expect.values());
            case INCLUDES -> ja ? "「" + expect.values().get(0) + "」を含むもの" : "including " + expect.values().get(0);
            case AT_LEAST -> ja ? parameters.number(expect.parameter()) + " 以上" : "at least " + parameters.number(expect.parameter());
            case AT_MOST -> ja ? parameters.number(expect.parameter()) + " 以下" : "at most " + parameters.number(expect.parameter());
            case WITHIN_MONTHS -> ja ? "評価日前 " + parameters.number(expect.parameter()) + " か月以内"
                    : "within " + parameters.number(expect.parameter()) + " months before the evaluation date";
            case NOT_PAST -> ja ? "評価日以降" : "on or after the evaluation date";
            case NOT_PAST_BY -> ja ? "評価日から " + parameters.number(expect.parameter()) + " か月以上先"
                    : "at least " + parameters.number(expect.parameter()) + " months after the evaluation date";
        };
    }
}
