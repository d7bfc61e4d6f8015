package jp.kijun.report;

import jp.kijun.config.ParameterValue;
import jp.kijun.gate.WaiverStatus;

import java.util.List;

/**
 * How a run was tailored, for reports to state: the profile and what it extends, every parameter with the layer
 * its value came from, and what became of each waiver.
 *
 * @param profile      the profile's name
 * @param profileChain the profiles applied, from {@code baseline} to {@code profile}
 */
public record RunSettings(String profile, List<String> profileChain, List<ParameterValue> parameters,
                          List<WaiverStatus> waivers) {

    public static final RunSettings BASELINE = new RunSettings("baseline", List.of("baseline"), List.of(), List.of());

    public RunSettings {
        profileChain = List.copyOf(profileChain);
        parameters = List.copyOf(parameters);
        waivers = List.copyOf(waivers);
    }

    /** The parameters whose value is not the built-in default. */
    public List<ParameterValue> changedParameters() {
        return parameters.stream().filter(value -> !value.isDefault()).toList();
    }
}
