package jp.kijun.facts.model;

import jp.kijun.facts.Entity;

/** How credentials are stored and the settings for their length, expiry, reuse and first-use change. */
public record CredentialPolicy(
        String id,
        String name,
        String storage,
        int minLength,
        int maxAgeDays,
        int historyCount,
        Boolean firstUseChange) implements Entity {
}
