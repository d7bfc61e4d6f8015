package jp.kijun.config;

import jp.kijun.catalog.ParameterDefinition;

/**
 * A parameter's effective value and where it came from.
 *
 * @param origin the precise place, e.g. {@code org.properties:3}, {@code KIJUN_PASSWORD_MIN_LENGTH} or
 *               {@code -D passwordMinLength=14}; for defaults, the rule pack
 */
public record ParameterValue(ParameterDefinition definition, Object value, ParameterLayer layer, String origin) {

    public String name() {
        return definition.name();
    }

    public boolean isDefault() {
        return layer == ParameterLayer.DEFAULT;
    }
}
