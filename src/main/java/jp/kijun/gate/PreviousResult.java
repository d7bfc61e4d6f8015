package jp.kijun.gate;

import jp.kijun.engine.Outcome;

/** What a previous report said of one control. */
public record PreviousResult(String id, Outcome outcome, String tier) {
}
