package jp.kijun.report;

import com.fasterxml.jackson.annotation.JsonInclude;
import jp.kijun.catalog.Text;
import jp.kijun.engine.AppliedWaiver;
import jp.kijun.engine.ControlResult;
import jp.kijun.gate.Change;
import jp.kijun.gate.GateVerdict;
import jp.kijun.engine.Evaluation;
import jp.kijun.engine.Reason;
import jp.kijun.facts.FactOrigin;
import jp.kijun.facts.InputFile;

import java.io.IOException;
import java.io.Writer;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The machine-readable report: tool and rule-pack versions, the evaluation date, the inputs with their
 * digests, the count per outcome, and one entry per catalog control in id order with its reasons and the facts
 * they cite. Byte-identical for the same inputs and {@code --as-of}.
 */
public final class JsonReport implements Report {

    static final String TRANSLATION_NOTICE = "English text is kijun's own translation; the Japanese text is normative.";

    @JsonInclude(JsonInclude.Include.NON_NULL)
    record Document(Tool tool, String organisation, String asOf, List<InputFile> inputs, Profile profile,
                    List<Parameter> parameters, List<Waiver> waivers, Comparison comparison, Gate gate,
                    Map<String, Integer> summary, List<Control> controls, String notice) {
    }

    record Profile(String name, List<String> chain) {
    }

    record Parameter(String name, Object value, String unit, String layer, String origin) {
    }

    record Waiver(String id, String control, String state, Text message, String source) {
    }

    record Comparison(String baseline, List<String> regressions, List<String> improvements, List<Changed> changed,
                      List<String> added, List<String> removed) {
    }

    record Changed(String id, String before, String after) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    record Gate(boolean passed, String failOn, boolean acceptNotReviewed, String baseline, List<String> blocking,
                Text message) {
    }

    record Tool(String name, String version, String rulePack) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    record Control(String id, String measure, String tier, String guidelineTier, String check, String outcome,
                   Text title, String decidedWith, List<JsonReason> reasons, Deselected deselected, Waived waiver) {
    }

    record Deselected(String profile, String reason, String hiddenOutcome) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    record Waived(String id, String hiddenOutcome, String justification, String approver, String approverRole,
                  String reference, String grantedOn, String expiresOn, String source) {
    }

    record JsonReason(String verdict, Text message, List<JsonFact> facts, String rule) {
    }

    record JsonFact(String type, String id, String source) {
    }

    @Override
    public String format() {
        return "json";
    }

    @Override
    public void write(Evaluation evaluation, ReportContext context, Writer out) throws IOException {
        PrettyJson.write(document(evaluation, context), out);
    }

    static Document document(Evaluation evaluation, ReportContext context) {
        ToolInfo tool = context.tool();
        RunSettings settings = context.settings();
        Map<String, Integer> summary = new LinkedHashMap<>();
        evaluation.summary().forEach((outcome, count) -> summary.put(outcome.code(), count));
        List<Control> controls = evaluation.results().stream().map(JsonReport::control).toList();
        List<Parameter> parameters = settings.changedParameters().stream()
                .map(value -> new Parameter(value.name(), value.value(), value.definition().unit(), value.layer().code(),
                        value.origin()))
                .toList();
        List<Waiver> waivers = settings.waivers().stream()
                .map(status -> new Waiver(status.waiverId(), status.control(), status.state().code(), status.message(),
                        status.source().fileAndLine()))
                .toList();
        return new Document(new Tool(tool.name(), tool.version(), tool.rulePack()), evaluation.organisation(),
                evaluation.asOf().toString(), evaluation.inputs(),
                new Profile(settings.profile(), settings.profileChain()), parameters, waivers,
                comparison(context.comparison()), gate(context.gate()), summary, controls, TRANSLATION_NOTICE);
    }

    private static Comparison comparison(jp.kijun.gate.Comparison comparison) {
        if (comparison == null) {
            return null;
        }
        return new Comparison(comparison.baseline(), ids(comparison.regressions()), ids(comparison.improvements()),
                comparison.changed().stream().map(change -> new Changed(change.id(), change.before().code(),
                        change.after().code())).toList(),
                ids(comparison.added()), comparison.removed());
    }

    private static Gate gate(GateVerdict verdict) {
        if (verdict == null) {
            return null;
        }
        return new Gate(verdict.passed(), verdict.failOn().name().toLowerCase(java.util.Locale.ROOT),
                verdict.acceptNotReviewed(), verdict.baseline(), verdict.blocking(), verdict.line());
    }

    private static List<String> ids(List<Change> changes) {
        return changes.stream().map(Change::id).toList();
    }

    private static Control control(ControlResult result) {
        Deselected deselected = result.deselection() == null ? null : new Deselected(result.deselection().profile(),
                result.deselection().reason(), result.deselection().hidden().code());
        AppliedWaiver applied = result.waiver();
        Waived waiver = applied == null ? null : new Waived(applied.id(), applied.hidden().code(),
                applied.justification(), applied.approver(), applied.approverRole(), applied.reference(),
                applied.grantedOn().toString(), applied.expiresOn().toString(), applied.source().fileAndLine());
        String guidelineTier = result.tier() == result.measure().tier() ? null : result.measure().tier().code();
        return new Control(result.id(), result.measure().id(), result.tier().code(), guidelineTier,
                result.item().check().code(), result.outcome().code(), result.item().title(), result.item().decidedWith(),
                result.reasons().stream().map(JsonReport::reason).toList(), deselected, waiver);
    }

    private static JsonReason reason(Reason reason) {
        return new JsonReason(reason.verdict().code(), reason.message(), reason.facts().stream().map(JsonReport::fact).toList(),
                reason.rule());
    }

    private static JsonFact fact(FactOrigin origin) {
        return new JsonFact(origin.type(), origin.id(), origin.source().fileAndLine());
    }
}
