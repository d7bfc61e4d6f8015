package jp.kijun.cli;

import picocli.CommandLine.Option;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/** How a run is tailored: the profile and the parameter layers above it. Shared by evaluate and params. */
final class TailoringOptions {

    @Option(names = "--profile", paramLabel = "NAME|FILE",
            description = "Tailor with a profile: a shipped one (baseline, electricity, finance) or a file "
                    + "(see kijun profile show, kijun schema profile). Default: baseline.")
    String profile;

    @Option(names = "--config", paramLabel = "FILE",
            description = "The organisation's parameter values (.properties or .yaml).")
    Path config;

    @Option(names = "-D", paramLabel = "NAME=VALUE", mapFallbackValue = "",
            description = "Set a parameter, overriding every other layer. Repeatable.")
    Map<String, String> definitions = new LinkedHashMap<>();
}
