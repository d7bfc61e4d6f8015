package jp.kijun.report;

import jp.kijun.catalog.KijunVersion;

/**
 * The name and version of kijun and of the rule pack it ships.
 */
public record ToolInfo(String name, String version, String rulePack) {

    public static ToolInfo shipped() {
        return new ToolInfo("kijun", KijunVersion.version(), KijunVersion.rulePack());
    }
}
