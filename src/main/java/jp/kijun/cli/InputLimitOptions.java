package jp.kijun.cli;

import jp.kijun.facts.InputLimits;
import picocli.CommandLine.Option;

import java.util.LinkedHashMap;
import java.util.Map;

/** {@code --limit NAME=VALUE}: raises (or lowers) how much kijun reads from its input files. */
final class InputLimitOptions {

    @Option(names = "--limit", paramLabel = "NAME=VALUE", mapFallbackValue = "",
            description = "Change an input limit, e.g. --limit fileSize=64MiB --limit entities=500000. Repeatable. "
                    + "Limits and defaults: fileSize=16MiB (bytes in one file), depth=50 (nesting), aliases=100 "
                    + "(YAML aliases in one file), collectionSize=100000 (entries in one list or mapping), "
                    + "values=1000000 (values in one file), stringLength=100000 (characters in one string), "
                    + "entities=200000 (facts entries across all files).")
    Map<String, String> limits = new LinkedHashMap<>();

    /** The default limits with the options applied. */
    InputLimits limits() throws UsageException {
        InputLimits result = InputLimits.defaults();
        for (Map.Entry<String, String> limit : limits.entrySet()) {
            try {
                result = result.with(limit.getKey(), limit.getValue());
            } catch (IllegalArgumentException e) {
                throw new UsageException("--limit " + limit.getKey() + "=" + limit.getValue() + ": " + e.getMessage());
            }
        }
        return result;
    }
}
