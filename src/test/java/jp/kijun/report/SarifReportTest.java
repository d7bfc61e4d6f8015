package jp.kijun.report;

import jp.kijun.testing.GoldenFile;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SchemaRegistryConfig;
import com.networknt.schema.SpecificationVersion;
import jp.kijun.catalog.CatalogLoader;
import jp.kijun.catalog.Check;
import jp.kijun.engine.ControlResult;
import jp.kijun.engine.Evaluation;
import jp.kijun.engine.Outcome;
import jp.kijun.facts.InputFile;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** SARIF 2.1.0: the expected file, the official schema, and what code-scanning platforms rely on. */
class SarifReportTest {

    private static final Path SCHEMA = Path.of("src", "test", "resources", "schemas", "sarif-schema-2.1.0.json");
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final ReportOptions OMIT_PASSING = new ReportOptions(true, false, false);

    private static Schema officialSchema;

    static synchronized Schema officialSchema() {
        if (officialSchema == null) {
            SchemaRegistryConfig config = SchemaRegistryConfig.builder().formatAssertionsEnabled(true).build();
            SchemaRegistry registry = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_7,
                    builder -> builder.schemaRegistryConfig(config));
            try (InputStream in = Files.newInputStream(SCHEMA)) {
                officialSchema = registry.getSchema(in);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return officialSchema;
    }

    /** Every schema violation, one per line, or an empty string. */
    static String violations(String sarif) {
        try {
            List<Error> errors = officialSchema().validate(JSON.readTree(sarif));
            return String.join("\n", errors.stream().map(Error::toString).toList());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static JsonNode render(Evaluation evaluation, ReportOptions options) throws IOException {
        return JSON.readTree(ReportFixture.render(new SarifReport(), evaluation, options));
    }

    private static JsonNode resultFor(JsonNode run, String id) {
        for (JsonNode result : run.path("results")) {
            if (result.path("ruleId").asText().equals(id)) {
                return result;
            }
        }
        return null;
    }

    @Test
    void matchesTheExpectedFile() throws java.io.IOException {
        GoldenFile.assertMatches("reports/sarif/every-outcome.sarif",
                ReportFixture.render(new SarifReport(), ReportFixture.everyOutcome(), ReportOptions.DEFAULTS));
    }

    @Test
    void validatesAgainstTheOfficialSchema() {
        for (Evaluation evaluation : List.of(ReportFixture.evaluation(), ReportFixture.everyOutcome())) {
            for (ReportOptions options : List.of(ReportOptions.DEFAULTS, OMIT_PASSING)) {
                String sarif = ReportFixture.render(new SarifReport(), evaluation, options);
                assertEquals("", violations(sarif), "schema violations with " + options);
            }
        }
    }

    @Test
    void theSchemaCheckCatchesAnInvalidLog() throws IOException {
        ObjectNode log = (ObjectNode) render(ReportFixture.everyOutcome(), ReportOptions.DEFAULTS);
        ObjectNode result = (ObjectNode) log.path("runs").get(0).path("results").get(0);
        result.put("kind", "bogus");
        result.remove("message");
        String problems = violations(JSON.writeValueAsString(log));
        assertTrue(problems.contains("/runs/0/results/0"), problems);
        assertTrue(problems.contains("kind"), problems);
        assertTrue(problems.contains("message"), problems);
    }

    @Test
    void oneRulePerCatalogControlInCatalogOrder() throws IOException {
        JsonNode run = render(ReportFixture.evaluation(), OMIT_PASSING).path("runs").get(0);
        List<String> catalogIds = CatalogLoader.shipped().items().map(item -> item.id()).toList();
        List<String> ruleIds = new ArrayList<>();
        run.path("tool").path("driver").path("rules").forEach(rule -> ruleIds.add(rule.path("id").asText()));
        assertEquals(393, catalogIds.size());
        assertEquals(catalogIds, ruleIds);
        JsonNode rule = run.path("tool").path("driver").path("rules").get(0);
        assertEquals("情報セキュリティ基本方針の策定", rule.path("shortDescription").path("text").asText());
        assertEquals("P1a-1-01 情報セキュリティ基本方針の策定", rule.path("name").asText());
        assertTrue(rule.path("fullDescription").path("text").asText().contains("Formulating a basic information security policy"));
        assertTrue(rule.path("help").path("text").asText().contains("（１）ア（ア）"));
        assertTrue(rule.path("help").path("markdown").asText().contains("Formulating a basic information security policy"));
        assertEquals("https://kijun.dev/docs/controls/P1a.html#P1a-1-01", rule.path("helpUri").asText());
        assertEquals("consider", rule.path("properties").path("tier").asText());
        assertEquals("automated", rule.path("properties").path("check").asText());
        assertEquals("P1a", rule.path("properties").path("measure").asText());
        assertEquals("error", rule.path("defaultConfiguration").path("level").asText());
        JsonNode reference = run.path("tool").path("driver").path("rules").get(catalogIds.indexOf("P1b-1-01"));
        assertEquals("warning", reference.path("defaultConfiguration").path("level").asText());
    }

    @Test
    void eachOutcomeHasItsKindAndLevel() throws IOException {
        Evaluation evaluation = ReportFixture.everyOutcome();
        JsonNode run = render(evaluation, ReportOptions.DEFAULTS).path("runs").get(0);
        long planned = evaluation.results().stream()
                .filter(r -> r.outcome() == Outcome.NOT_REVIEWED && r.item().check() == Check.PLANNED).count();
        assertTrue(planned > 300, "the fixture has planned controls: " + planned);
        assertEquals(393 - planned, run.path("results").size(), "planned controls are not results");
        Map<String, String> expected = new HashMap<>(Map.of(
                "P1a-1-01", "fail error",        // failed, tier consider
                "P1b-1-01", "fail warning",      // failed, tier reference
                "P1c-1-01", "pass none",
                "P1c-1-02", "notApplicable none",
                "P2a-1-01", "fail error",        // waived: a suppressed failure
                "P2a-1-02", "fail error",        // error
                "P3a-1-01", "review none"));
        expected.forEach((id, kindAndLevel) -> {
            JsonNode result = resultFor(run, id);
            assertEquals(kindAndLevel, result.path("kind").asText() + " " + result.path("level").asText(), id);
        });
        JsonNode waived = resultFor(run, "P2a-1-01");
        assertEquals("external", waived.path("suppressions").get(0).path("kind").asText());
        assertEquals("accepted", waived.path("suppressions").get(0).path("status").asText());
        assertTrue(waived.path("suppressions").get(0).path("justification").asText().contains("2026年度中に整備する計画"));
        assertFalse(resultFor(run, "P1a-1-01").has("suppressions"));
        JsonNode rules = run.path("tool").path("driver").path("rules");
        for (JsonNode result : run.path("results")) {
            assertEquals(result.path("ruleId").asText(), rules.get(result.path("ruleIndex").asInt()).path("id").asText());
        }
    }

    @Test
    void aFailureIsLocatedAtTheFactsItCitesRelativeToTheWorkingDirectory() throws IOException {
        JsonNode run = render(ReportFixture.evaluation(), ReportOptions.DEFAULTS).path("runs").get(0);
        JsonNode failed = resultFor(run, "P1a-1-01");
        assertEquals("fail", failed.path("kind").asText());
        assertTrue(failed.path("message").path("text").asText().contains("見直されていません"), failed.toString());
        assertTrue(failed.path("properties").path("messageEn").asText().contains("has not been reviewed since"));
        JsonNode physical = failed.path("locations").get(0).path("physicalLocation");
        assertEquals("src/test/resources/reports/facts/documents.yaml", physical.path("artifactLocation").path("uri").asText());
        assertEquals(4, physical.path("region").path("startLine").asInt());
        int index = physical.path("artifactLocation").path("index").asInt();
        assertEquals(physical.path("artifactLocation").path("uri").asText(),
                run.path("artifacts").get(index).path("location").path("uri").asText());
        JsonNode uncited = resultFor(run, "P3a-1-01").path("locations");
        assertEquals(1, uncited.size(), "a result without cited facts points where the facts would be added");
        assertEquals(run.path("artifacts").get(0).path("location").path("uri").asText(),
                uncited.get(0).path("physicalLocation").path("artifactLocation").path("uri").asText());
        assertEquals(1, uncited.get(0).path("physicalLocation").path("region").path("startLine").asInt());
        assertTrue(uncited.get(0).path("message").path("text").asText().contains("記録されていません"));
    }

    @Test
    void artifactsAreTheInputsWithTheirDigestsAndTheRunNamesDateRulePackAndOrganisation() throws IOException {
        Evaluation evaluation = ReportFixture.evaluation();
        JsonNode run = render(evaluation, ReportOptions.DEFAULTS).path("runs").get(0);
        assertEquals(evaluation.inputs().size(), run.path("artifacts").size());
        for (int i = 0; i < evaluation.inputs().size(); i++) {
            InputFile input = evaluation.inputs().get(i);
            JsonNode artifact = run.path("artifacts").get(i);
            assertEquals(input.path(), artifact.path("location").path("uri").asText());
            assertEquals(input.sha256(), artifact.path("hashes").path("sha-256").asText());
        }
        assertEquals("2026-04-01", run.path("properties").path("asOf").asText());
        assertEquals(ReportFixture.TOOL.rulePack(), run.path("properties").path("rulePack").asText());
        assertEquals("試験電力株式会社", run.path("properties").path("organisation").asText());
        assertEquals(ReportFixture.TOOL.version(), run.path("tool").path("driver").path("version").asText());
    }

    @Test
    void omitPassingLeavesOutPassedAndNotApplicableResultsButKeepsEveryRule() throws IOException {
        Evaluation evaluation = ReportFixture.everyOutcome();
        JsonNode run = render(evaluation, OMIT_PASSING).path("runs").get(0);
        long kept = evaluation.results().stream()
                .filter(result -> !(result.outcome() == Outcome.NOT_REVIEWED && result.item().check() == Check.PLANNED))
                .map(ControlResult::outcome)
                .filter(outcome -> outcome != Outcome.PASSED && outcome != Outcome.NOT_APPLICABLE)
                .count();
        assertEquals(kept, run.path("results").size());
        assertEquals(null, resultFor(run, "P1c-1-01"));
        assertEquals(null, resultFor(run, "P1c-1-02"));
        assertEquals(393, run.path("tool").path("driver").path("rules").size());
    }

    @Test
    void sameEvaluationSameBytes() {
        String first = ReportFixture.render(new SarifReport(), ReportFixture.everyOutcome(), ReportOptions.DEFAULTS);
        String second = ReportFixture.render(new SarifReport(), ReportFixture.everyOutcome(), ReportOptions.DEFAULTS);
        assertEquals(first, second);
    }

    @Test
    void artifactUrisAreRelativeToSrcrootWhateverPathTheFactsWereGivenBy() {
        Path cwd = Path.of("/work/project");
        assertEquals("facts/org.yaml", SarifArtifacts.uri("facts/org.yaml", cwd));
        assertEquals("facts/org.yaml", SarifArtifacts.uri("./facts/../facts/org.yaml", cwd));
        assertEquals("facts/org.yaml", SarifArtifacts.uri("/work/project/facts/org.yaml", cwd));
        assertEquals("../other/org.yaml", SarifArtifacts.uri("../other/org.yaml", cwd));
        assertEquals("../../etc/org.yaml", SarifArtifacts.uri("/etc/org.yaml", cwd));
        assertEquals("facts/%E7%B5%84%E7%B9%94%20A.yaml", SarifArtifacts.uri("facts/組織 A.yaml", cwd));
        assertEquals("facts/a%23b%25.yaml", SarifArtifacts.uri("facts/a#b%.yaml", cwd));
        assertEquals("./c:d.yaml", SarifArtifacts.uri("c:d.yaml", cwd));
    }

    @Test
    void everyLocationIsRelativeToSrcrootWithARegionAndNoPathOfThisMachine() throws IOException {
        String sarif = ReportFixture.render(new SarifReport(), ReportFixture.everyOutcome(), ReportOptions.DEFAULTS);
        assertFalse(sarif.contains("file:"), "no file: URI");
        assertFalse(sarif.contains(Path.of("").toAbsolutePath().toString()), "no absolute path of this machine");
        JsonNode run = JSON.readTree(sarif).path("runs").get(0);
        assertTrue(run.path("originalUriBaseIds").has("%SRCROOT%"));
        assertFalse(run.path("originalUriBaseIds").path("%SRCROOT%").has("uri"), "the base is where kijun ran");
        for (JsonNode result : run.path("results")) {
            List<JsonNode> locations = new ArrayList<>();
            result.path("locations").forEach(locations::add);
            result.path("relatedLocations").forEach(locations::add);
            assertFalse(locations.isEmpty(), result.path("ruleId").asText());
            for (JsonNode location : locations) {
                JsonNode physical = location.path("physicalLocation");
                assertEquals("%SRCROOT%", physical.path("artifactLocation").path("uriBaseId").asText());
                assertTrue(physical.path("region").path("startLine").asInt() >= 1, result.toString());
            }
        }
    }

    @Test
    void fingerprintsAreStableAndOnePerResult() throws IOException {
        JsonNode first = render(ReportFixture.everyOutcome(), ReportOptions.DEFAULTS).path("runs").get(0);
        java.util.Set<String> seen = new java.util.HashSet<>();
        for (JsonNode result : first.path("results")) {
            String hash = result.path("partialFingerprints").path("primaryLocationLineHash").asText();
            assertTrue(hash.matches("[0-9a-f]{16}:1"), hash);
            assertTrue(seen.add(hash), "one fingerprint per result: " + hash);
            assertEquals(result.path("ruleId").asText() + "/" + result.path("kind").asText(),
                    result.path("partialFingerprints").path("kijunControl/v1").asText());
        }
        JsonNode other = render(ReportFixture.evaluation(), ReportOptions.DEFAULTS).path("runs").get(0);
        assertEquals(resultFor(first, "P1a-1-01").path("partialFingerprints"),
                resultFor(other, "P1a-1-01").path("partialFingerprints"), "same control, same kind: same alert");
    }

    @Test
    void plannedControlsAreOneNotificationNotResults() throws IOException {
        JsonNode run = render(ReportFixture.evaluation(), ReportOptions.DEFAULTS).path("runs").get(0);
        JsonNode notifications = run.path("invocations").get(0).path("toolExecutionNotifications");
        JsonNode planned = null;
        for (JsonNode notification : notifications) {
            if (notification.path("properties").has("plannedControls")) {
                planned = notification;
            }
        }
        assertTrue(planned != null, notifications.toString());
        assertEquals("note", planned.path("level").asText());
        for (JsonNode id : planned.path("properties").path("plannedControls")) {
            assertEquals(null, resultFor(run, id.asText()), id.asText());
        }
        assertTrue(run.path("invocations").get(0).path("executionSuccessful").asBoolean());
    }

    @Test
    void whatDoesNotFitTheLimitsIsCutAndSaidSo() throws IOException {
        SarifLimits tight = new SarifLimits(3, 2, 1, SarifLimits.CODE_SCANNING.gzippedBytes());
        String sarif = ReportFixture.render(new SarifReport(Path.of(""), tight), ReportFixture.everyOutcome(),
                ReportOptions.DEFAULTS);
        assertEquals("", violations(sarif));
        JsonNode run = JSON.readTree(sarif).path("runs").get(0);
        assertEquals(3, run.path("results").size());
        for (JsonNode result : run.path("results")) {
            assertEquals("error", result.path("level").asText(), "the most severe are kept");
            assertTrue(result.path("locations").size() + result.path("relatedLocations").size() <= 2);
            assertTrue(result.path("properties").path("reasons").size() <= 1);
        }
        assertTrue(run.path("invocations").get(0).path("toolExecutionNotifications").toString()
                .contains("results are left out; the JSON report has everything"), run.path("invocations").toString());
    }
}