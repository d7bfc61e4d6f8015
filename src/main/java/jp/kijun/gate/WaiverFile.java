package jp.kijun.gate;

import com.fasterxml.jackson.databind.JsonNode;
import jp.kijun.catalog.Text;
import jp.kijun.facts.DocumentSchema;
import jp.kijun.facts.InputLimits;
import jp.kijun.facts.InputProblem;
import jp.kijun.facts.InvalidInputException;
import jp.kijun.facts.LocatedDocument;
import jp.kijun.facts.LocatedTreeReader;
import jp.kijun.facts.Source;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * A waivers file ({@code --waivers}). A file that cannot be read as a list of waivers is an input error; a single
 * malformed waiver (say, without a justification) does not apply and is reported as a warning.
 *
 * @param waivers   the well-formed waivers, in file order
 * @param malformed one status per malformed waiver
 */
public record WaiverFile(List<Waiver> waivers, List<WaiverStatus> malformed) {

    /** Built on first use: a run without {@code --waivers} never needs it. */
    private static final class Schema {
        static final DocumentSchema SHIPPED = DocumentSchema.resource("kijun/schema/waivers.schema.yaml");
    }

    public static DocumentSchema schema() {
        return Schema.SHIPPED;
    }

    /** Reads a waivers file within the default limits. */
    public static WaiverFile read(Path file) throws InvalidInputException {
        return read(file, InputLimits.defaults());
    }

    public static WaiverFile read(Path file, InputLimits limits) throws InvalidInputException {
        LocatedDocument document = LocatedTreeReader.read(file, file.toString(), "a waivers file (see kijun schema "
                + "waivers)", limits);
        JsonNode list = document.root().get("waivers");
        if (!document.root().isObject() || list == null || !list.isArray()) {
            throw new InvalidInputException(new InputProblem(document.locate(""),
                    "expected a mapping with a 'waivers:' list (see kijun schema waivers)"));
        }
        List<InputProblem> problems = schema().validate(document);
        List<Waiver> waivers = new ArrayList<>();
        List<WaiverStatus> malformed = new ArrayList<>();
        for (int i = 0; i < list.size(); i++) {
            String pointer = "/waivers/" + i;
            JsonNode node = list.get(i);
            Source source = document.locate(pointer);
            String prefix = "waivers[" + i + "]";
            List<String> own = problems.stream()
                    .filter(p -> p.message().startsWith(prefix))
                    .map(p -> "line " + p.source().line() + ": " + p.message())
                    .toList();
            if (!own.isEmpty()) {
                malformed.add(new WaiverStatus(node.path("id").asText("waivers[" + i + "]"), node.path("control").asText(""),
                        WaiverStatus.State.MALFORMED, new Text(
                        "免除の記述に不備があるため適用しません: " + String.join("; ", own),
                        "Malformed, so not applied: " + String.join("; ", own)), source));
                continue;
            }
            List<String> scope = new ArrayList<>();
            node.path("scope").forEach(id -> scope.add(id.asText()));
            waivers.add(new Waiver(node.get("id").asText(), node.get("control").asText(), scope,
                    node.get("justification").asText(), node.path("approver").path("name").asText(),
                    node.path("approver").path("role").asText(),
                    node.has("reference") ? node.get("reference").asText() : null,
                    LocalDate.parse(node.get("grantedOn").asText()), LocalDate.parse(node.get("expiresOn").asText()),
                    source));
        }
        List<InputProblem> structural = problems.stream().filter(p -> !p.message().startsWith("waivers[")).toList();
        if (!structural.isEmpty()) {
            throw new InvalidInputException(structural);
        }
        return new WaiverFile(waivers, malformed);
    }
}
