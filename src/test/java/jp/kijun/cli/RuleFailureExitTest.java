package jp.kijun.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import jp.kijun.engine.TestRuleBases;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** kijun evaluate with a rule that throws: its control in error, everything else evaluated and reported, exit 3. */
class RuleFailureExitTest {

    @TempDir
    Path dir;

    @Test
    void theReportsAreWrittenWithTheControlInErrorAndTheExitCodeIsThree() throws Exception {
        Path facts = dir.resolve("people.yaml");
        Files.writeString(facts, "people:\n  - {id: p-1, name: 山田}\n", StandardCharsets.UTF_8);
        Path report = dir.resolve("report.json");
        CommandLine.IFactory factory = new CommandLine.IFactory() {
            @Override
            public <K> K create(Class<K> type) throws Exception {
                return type == EvaluateCommand.class
                        ? type.cast(new EvaluateCommand(() -> TestRuleBases.compile(TestRuleBases.ONE_RULE_THROWS)))
                        : CommandLine.defaultFactory().create(type);
            }
        };
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();

        int code = Kijun.run(factory, new PrintWriter(out), new PrintWriter(err), "evaluate", facts.toString(),
                "--as-of", "2026-04-01", "--lang", "en", "--fail-on", "none", "-o", "json=" + report);

        assertEquals(3, code, err.toString());
        List<String> lines = err.toString().lines().toList();
        assertEquals(2, lines.size(), err.toString());
        assertTrue(lines.get(0).startsWith("kijun: P1a-1-01: Rule \"P1a-1-01 a rule with a bug\" failed, so this control "
                + "could not be decided: NullPointerException"), lines.get(0));
        assertEquals("kijun: 1 control is in error because a rule failed; the other controls were evaluated and the "
                + "reports written.", lines.get(1));
        assertTrue(out.toString().contains("P1a-1-01"), "the console report shows the control in error");

        JsonNode json = JsonMapper.builder().build().readTree(Files.readString(report));
        assertEquals(393, json.path("controls").size());
        assertEquals("error", outcome(json, "P1a-1-01"));
        assertEquals("passed", outcome(json, "P1a-1-02"));
        assertEquals("passed", outcome(json, "P1a-1-03"));
        assertEquals(1, json.path("summary").path("error").asInt(), json.path("summary").toString());
    }

    private static String outcome(JsonNode report, String id) {
        for (JsonNode control : report.path("controls")) {
            if (control.path("id").asText().equals(id)) {
                return control.path("outcome").asText();
            }
        }
        throw new AssertionError("no control " + id);
    }
}
