package jp.kijun.gate;

import jp.kijun.engine.Outcome;

/**
 * What a report said of one control.
 *
 * @param check how the control is decided ({@code automated}, {@code attestation}, {@code planned}), or {@code null}
 *              when the report does not say
 */
public record PreviousResult(String id, Outcome outcome, String tier, String check) {

    /** Whether rules decide the control: a planned control is not reviewed because it is not encoded yet. */
    public boolean encoded() {
        return !"planned".equals(check);
    }
}
