package jp.kijun.config;

import java.util.Locale;

/**
 * The documented mapping between parameter names and environment variables: {@code KIJUN_} followed by the
 * name in upper snake case. {@code passwordMinLength} is {@code KIJUN_PASSWORD_MIN_LENGTH}.
 */
public final class EnvironmentNames {

    public static final String PREFIX = "KIJUN_";

    private EnvironmentNames() {
    }

    public static String of(String parameter) {
        return PREFIX + parameter.replaceAll("([a-z0-9])([A-Z])", "$1_$2").toUpperCase(Locale.ROOT);
    }
}
