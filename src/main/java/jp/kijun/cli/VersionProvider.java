package jp.kijun.cli;

import jp.kijun.report.ToolInfo;
import picocli.CommandLine;

/** Prints the tool's and the rule pack's versions for {@code --version}. */
final class VersionProvider implements CommandLine.IVersionProvider {

    @Override
    public String[] getVersion() {
        ToolInfo tool = ToolInfo.shipped();
        return new String[]{tool.name() + " " + tool.version(), "rule pack: " + tool.rulePack()};
    }
}
