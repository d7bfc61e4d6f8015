package jp.kijun.facts.model;

/** How an information system locks an account after repeated failed authentication. */
public record Lockout(int threshold, Integer durationMinutes) {

    /** Whether the account is locked at all (a threshold of 0 means it never locks). */
    public boolean locks() {
        return threshold > 0;
    }
}
