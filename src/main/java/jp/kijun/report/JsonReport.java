package jp.kijun.report;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import jp.kijun.catalog.Text;
import jp.kijun.engine.ControlResult;
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

    private static final ObjectMapper JSON = JsonMapper.builder()
            .enable(SerializationFeature.INDENT_OUTPUT)
            .disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET)
            .build();

    record Document(Tool tool, String asOf, List<InputFile> inputs, Map<String, Integer> summary,
                    List<Control> controls, String notice) {
    }

    record Tool(String name, String version, String rulePack) {
    }

    record Control(String id, String measure, String tier, String check, String outcome, Text title,
                   List<JsonReason> reasons) {
    }

    record JsonReason(Text message, List<JsonFact> facts, String rule) {
    }

    record JsonFact(String type, String id, String source) {
    }

    @Override
    public String format() {
        return "json";
    }

    @Override
    public void write(Evaluation evaluation, ReportContext context, Writer out) throws IOException {
        DefaultPrettyPrinter printer = new DefaultPrettyPrinter().withObjectIndenter(new DefaultIndenter("  ", "\n"));
        JSON.writer(printer).writeValue(out, document(evaluation, context.tool()));
        out.write("\n");
        out.flush();
    }

    static Document document(Evaluation evaluation, ToolInfo tool) {
        Map<String, Integer> summary = new LinkedHashMap<>();
        evaluation.summary().forEach((outcome, count) -> summary.put(outcome.code(), count));
        List<Control> controls = evaluation.results().stream().map(JsonReport::control).toList();
        return new Document(new Tool(tool.name(), tool.version(), tool.rulePack()), evaluation.asOf().toString(),
                evaluation.inputs(), summary, controls, TRANSLATION_NOTICE);
    }

    private static Control control(ControlResult result) {
        return new Control(result.id(), result.measure().id(), result.tier().code(),
                result.item().check().code(), result.outcome().code(), result.item().title(),
                result.reasons().stream().map(JsonReport::reason).toList());
    }

    private static JsonReason reason(Reason reason) {
        return new JsonReason(reason.message(), reason.facts().stream().map(JsonReport::fact).toList(), reason.rule());
    }

    private static JsonFact fact(FactOrigin origin) {
        return new JsonFact(origin.type(), origin.id(), origin.source().fileAndLine());
    }
}
