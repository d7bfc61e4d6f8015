package jp.kijun.catalog;

import java.nio.file.Path;
import java.util.List;

/**
 * A rule pack that an operator or a sector body writes: its manifest, its own controls (a measure in its own
 * namespace, e.g. {@code X-ACME}), the parameters its rules read, its DRL and its features.
 *
 * @param directory  the pack's folder as the user named it
 * @param measure    the pack's controls, as one measure with one group
 * @param drlFiles   every {@code rules/**.drl}, in name order
 * @param features   the pack's {@code features/} folder (it may not exist)
 */
public record RulePack(String id, String version, String namespace, Text description, String kijunVersions,
                       Path directory, Measure measure, List<ParameterDefinition> parameters, List<Path> drlFiles,
                       Path features) {

    public RulePack {
        parameters = List.copyOf(parameters);
        drlFiles = List.copyOf(drlFiles);
    }
}
