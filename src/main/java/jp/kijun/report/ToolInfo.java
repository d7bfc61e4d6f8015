package jp.kijun.report;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

/**
 * The name and version of kijun and of the rule pack it ships, read from {@code kijun/version.properties}
 * (filled in by the build).
 */
public record ToolInfo(String name, String version, String rulePack) {

    public static ToolInfo shipped() {
        Properties properties = new Properties();
        try (InputStream in = ToolInfo.class.getClassLoader().getResourceAsStream("kijun/version.properties")) {
            if (in != null) {
                properties.load(in);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new ToolInfo("kijun", properties.getProperty("version", "unknown"),
                properties.getProperty("rulePack", "unknown"));
    }
}
