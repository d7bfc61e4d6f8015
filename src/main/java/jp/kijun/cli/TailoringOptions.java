package jp.kijun.cli;

import picocli.CommandLine.Option;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.LinkedHashMap;
import java.util.Map;

/** How a run is tailored: the profile and the parameter layers above it. Shared by evaluate and params. */
final class TailoringOptions {

    @Option(names = "--profile", paramLabel = "NAME|FILE",
            description = "Tailor with a profile: a shipped one (baseline, electricity, finance) or a file "
                    + "(see kijun profile show, kijun schema profile). Default: baseline.")
    String profile;

    @Option(names = "--pack", paramLabel = "DIR",
            description = "Add a rule pack: its controls, rules (compiled at run time, cached by content) and "
                    + "parameters. Repeatable. See kijun new control, kijun test.")
    List<Path> packs = new ArrayList<>();

    @Option(names = "--config", paramLabel = "FILE",
            description = "The organisation's parameter values (.properties or .yaml).")
    Path config;

    @Option(names = "-D", paramLabel = "NAME=VALUE", mapFallbackValue = "",
            description = "Set a parameter, overriding every other layer. Repeatable.")
    Map<String, String> definitions = new LinkedHashMap<>();
}
