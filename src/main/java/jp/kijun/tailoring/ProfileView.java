package jp.kijun.tailoring;

import com.fasterxml.jackson.annotation.JsonInclude;
import jp.kijun.catalog.ParameterCatalog;
import jp.kijun.catalog.ParameterDefinition;
import jp.kijun.config.LayerValue;

import java.util.ArrayList;
import java.util.List;

/**
 * A resolved profile as {@code kijun profile show} prints it: every control with its tier, selection and reason,
 * every parameter and where its value comes from — in a stable order, so that two profiles can be diffed.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ProfileView(String profile, List<String> chain, List<Control> controls, List<Parameter> parameters) {

    /** One control's line. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Control(String id, String tier, boolean selected, String reason, String decidedBy,
                          String guidelineTier, String tierReason, String tierChangedBy) {
    }

    /** One parameter's line: its value from the profile chain, or the built-in default. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Parameter(String name, Object value, String unit, String from) {
    }

    public static ProfileView of(ResolvedProfile resolved, ParameterCatalog parameters) {
        List<Control> controls = new ArrayList<>();
        for (ControlSelection selection : resolved.selections()) {
            boolean tierChanged = selection.tierChangedBy() != null;
            controls.add(new Control(selection.id(), selection.tier().code(), selection.selected(), selection.reason(),
                    selection.reason() == null ? null : selection.selectedBy(),
                    tierChanged ? selection.guidelineTier().code() : null,
                    selection.tierReason(), selection.tierChangedBy()));
        }
        List<Parameter> values = new ArrayList<>();
        for (ParameterDefinition definition : parameters.all()) {
            LayerValue given = resolved.parameters().get(definition.name());
            values.add(given == null
                    ? new Parameter(definition.name(), definition.defaultValue(), definition.unit(), "default")
                    : new Parameter(definition.name(), given.value(), definition.unit(), given.origin()));
        }
        return new ProfileView(resolved.name(), resolved.chain().stream().map(Profile::name).toList(), controls, values);
    }

    /** The view as YAML, one control and one parameter per line. */
    public String toYaml() {
        StringBuilder yaml = new StringBuilder();
        yaml.append("profile: ").append(profile).append('\n');
        yaml.append("chain: [").append(String.join(", ", chain)).append("]\n");
        yaml.append("controls:\n");
        for (Control control : controls) {
            yaml.append("  - {id: ").append(control.id()).append(", tier: ").append(control.tier())
                    .append(", selected: ").append(control.selected());
            field(yaml, "reason", control.reason());
            field(yaml, "decidedBy", control.decidedBy());
            field(yaml, "guidelineTier", control.guidelineTier());
            field(yaml, "tierReason", control.tierReason());
            field(yaml, "tierChangedBy", control.tierChangedBy());
            yaml.append("}\n");
        }
        yaml.append("parameters:\n");
        for (Parameter parameter : parameters) {
            yaml.append("  - {name: ").append(parameter.name()).append(", value: ").append(value(parameter.value()));
            field(yaml, "unit", parameter.unit());
            field(yaml, "from", parameter.from());
            yaml.append("}\n");
        }
        return yaml.toString();
    }

    private static void field(StringBuilder yaml, String key, String value) {
        if (value != null) {
            yaml.append(", ").append(key).append(": ").append(quote(value));
        }
    }

    private static String value(Object value) {
        if (value instanceof List<?> list) {
            return "[" + String.join(", ", list.stream().map(String::valueOf).toList()) + "]";
        }
        return String.valueOf(value);
    }

    /** Double-quotes a YAML scalar, escaping what JSON-style YAML strings need. */
    private static String quote(String value) {
        return "\"" + value.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }
}
