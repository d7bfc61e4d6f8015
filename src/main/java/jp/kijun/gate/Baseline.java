package jp.kijun.gate;

import com.fasterxml.jackson.databind.JsonNode;
import jp.kijun.engine.Outcome;
import jp.kijun.facts.InputLimits;
import jp.kijun.facts.InputProblem;
import jp.kijun.facts.InvalidInputException;
import jp.kijun.facts.LocatedDocument;
import jp.kijun.facts.LocatedTreeReader;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A previous JSON report that a pipeline compares against, so that only regressions block. Controls are matched
 * by id, so a baseline from an older rule pack still works: controls it does not know are new.
 *
 * @param path     the file as the user named it
 * @param rulePack the rule pack that produced it
 * @param results  its outcome per control id
 */
public record Baseline(String path, String rulePack, Map<String, PreviousResult> results) {

    /** Reads a report written by {@code kijun evaluate --format json} or {@code -o json=…}. */
    public static Baseline read(Path file) throws InvalidInputException {
        return read(file, InputLimits.defaults());
    }

    /** Reads a previous report within {@code limits}. */
    public static Baseline read(Path file, InputLimits limits) throws InvalidInputException {
        String name = file.toString();
        LocatedDocument document = LocatedTreeReader.read(file, name, "a JSON report written by kijun evaluate", limits);
        JsonNode controls = document.root().path("controls");
        if (!controls.isArray()) {
            throw new InvalidInputException(new InputProblem(document.locate(""),
                    "not a kijun JSON report: expected a 'controls' list"));
        }
        List<InputProblem> problems = new ArrayList<>();
        Map<String, PreviousResult> results = new LinkedHashMap<>();
        for (int i = 0; i < controls.size(); i++) {
            JsonNode control = controls.get(i);
            String pointer = "/controls/" + i;
            Optional<Outcome> outcome = outcome(control.path("outcome").asText());
            String id = control.path("id").asText("");
            String tier = control.path("tier").asText("consider");
            if (id.isEmpty() || outcome.isEmpty() || !(tier.equals("consider") || tier.equals("reference"))) {
                problems.add(new InputProblem(document.locate(pointer), "controls[" + i
                        + "]: expected an 'id', an 'outcome' (one of passed, failed, not_applicable, not_reviewed, waived,"
                        + " error) and a 'tier' (consider or reference)"));
                continue;
            }
            results.put(id, new PreviousResult(id, outcome.get(), tier));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        return new Baseline(name, document.root().path("tool").path("rulePack").asText("unknown"), results);
    }

    private static Optional<Outcome> outcome(String code) {
        return Arrays.stream(Outcome.values()).filter(o -> o.code().equals(code)).findFirst();
    }
}
