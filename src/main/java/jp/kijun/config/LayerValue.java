package jp.kijun.config;

/**
 * A raw value given in one layer, before it is checked against the parameter's type.
 *
 * @param value  a string, number or list as the layer gave it
 * @param origin where it was given, for messages and {@code kijun params}
 */
public record LayerValue(Object value, String origin) {
}
