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
 * @param path         the file as the user named it
 * @param rulePack     the rule pack that produced it
 * @param organisation the organisation it is a report of, or {@code null} when it names none
 * @param results      its outcome per control id
 */
public record Baseline(String path, String rulePack, String organisation, Map<String, PreviousResult> results) {

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
            String check = control.path("check").isTextual() ? control.path("check").asText() : null;
            results.put(id, new PreviousResult(id, outcome.get(), tier, check));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        JsonNode organisation = document.root().path("organisation");
        return new Baseline(name, document.root().path("tool").path("rulePack").asText("unknown"),
                organisation.isTextual() ? organisation.asText() : null, results);
    }

    /**
     * Refuses a comparison of two organisations: a report of another organisation says nothing about what got worse
     * here, and a gate that compared with it would block or pass at random.
     *
     * @param organisation the organisation of the newer results, or {@code null} when they name none
     * @return a warning when only one side names its organisation, else empty
     * @throws InvalidInputException when both name one and they differ
     */
    public Optional<String> checkSameOrganisation(String organisation, String newer) throws InvalidInputException {
        if (this.organisation != null && organisation != null && !this.organisation.equals(organisation)) {
            throw new InvalidInputException(new InputProblem(jp.kijun.facts.Source.ofFile(path),
                    "the baseline is a report of the organisation '" + this.organisation + "', but " + newer
                            + " describe '" + organisation + "'; compare reports of the same organisation (to start"
                            + " a new baseline, evaluate once without --baseline)"));
        }
        if ((this.organisation == null) != (organisation == null)) {
            return Optional.of(path + ": warning: " + (this.organisation == null
                    ? "the baseline names no organisation, " + newer + " describe '" + organisation + "'"
                    : "the baseline is a report of '" + this.organisation + "', " + newer + " name no organisation")
                    + "; make sure it is a report of the same organisation");
        }
        return Optional.empty();
    }

    private static Optional<Outcome> outcome(String code) {
        return Arrays.stream(Outcome.values()).filter(o -> o.code().equals(code)).findFirst();
    }
}
