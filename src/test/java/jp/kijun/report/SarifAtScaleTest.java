package jp.kijun.report;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import jp.kijun.catalog.Catalog;
import jp.kijun.catalog.CatalogLoader;
import jp.kijun.catalog.ParameterCatalog;
import jp.kijun.engine.Evaluation;
import jp.kijun.engine.Evaluator;
import jp.kijun.engine.RuleBase;
import jp.kijun.facts.FactLoader;
import jp.kijun.facts.InputLimits;
import jp.kijun.generate.EstateGenerator;
import jp.kijun.generate.EstateSpec;
import jp.kijun.generate.EstateWriter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.zip.GZIPOutputStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The SARIF of a generated estate of 100,000 accounts is one that GitHub code scanning accepts: valid against the
 * 2.1.0 schema, at most 1,000 locations a result (a control there cites 18,000 accounts), every location with a
 * region, one stable fingerprint a result, no more than 25,000 results, under 10 MB gzipped — and what was cut is
 * said in the result and in a notification.
 */
class SarifAtScaleTest {

    private static final LocalDate AS_OF = LocalDate.of(2026, 4, 1);

    @TempDir
    Path dir;

    @Test
    void aHundredThousandAccountsFitCodeScanning() throws Exception {
        EstateSpec spec = new EstateSpec(100_000, 1, 0.05, AS_OF);
        EstateWriter.write(EstateGenerator.generate(spec), spec, dir, EstateWriter.Format.json);
        Catalog catalog = CatalogLoader.shipped();
        Evaluation evaluation = new Evaluator(RuleBase.shipped(), catalog).evaluate(
                new FactLoader(InputLimits.defaults()).load(List.of(dir)), AS_OF, ParameterCatalog.shipped(catalog).defaults());

        String sarif = ReportFixture.render(new SarifReport(), evaluation, ReportOptions.DEFAULTS);
        assertEquals("", SarifReportTest.violations(sarif));
        assertFalse(sarif.contains("file:"), "no absolute URI");
        ByteArrayOutputStream gzipped = new ByteArrayOutputStream();
        try (GZIPOutputStream gzip = new GZIPOutputStream(gzipped)) {
            gzip.write(sarif.getBytes(StandardCharsets.UTF_8));
        }
        assertTrue(gzipped.size() <= SarifLimits.CODE_SCANNING.gzippedBytes(), "gzipped: " + gzipped.size());

        JsonNode run = JsonMapper.builder().build().readTree(sarif).path("runs").get(0);
        assertTrue(run.path("results").size() <= 25_000);
        int largest = 0;
        int cut = 0;
        Set<String> fingerprints = new HashSet<>();
        for (JsonNode result : run.path("results")) {
            int locations = result.path("locations").size() + result.path("relatedLocations").size();
            largest = Math.max(largest, locations);
            assertTrue(locations <= 1_000, result.path("ruleId") + " has " + locations + " locations");
            result.path("locations").forEach(location -> assertRegion(result, location));
            result.path("relatedLocations").forEach(location -> assertRegion(result, location));
            assertTrue(fingerprints.add(result.path("partialFingerprints").path("primaryLocationLineHash").asText()));
            if (result.path("properties").has("cut")) {
                cut++;
                JsonNode counts = result.path("properties").path("cut");
                assertEquals(counts.path("facts").asInt() - locations, counts.path("factsWithoutLocation").asInt(),
                        result.path("ruleId").asText());
                assertTrue(result.path("message").path("text").asText().contains("すべて JSON レポートにあります")
                        || counts.path("factsWithoutLocation").asInt() == 0, result.path("ruleId").asText());
            }
        }
        assertEquals(1_000, largest, "the largest result is capped, not dropped");
        assertTrue(cut > 0);
        assertTrue(run.path("invocations").get(0).path("toolExecutionNotifications").toString()
                .contains(cut + " results carry only part of their facts or reasons"));
    }

    private static void assertRegion(JsonNode result, JsonNode location) {
        assertTrue(location.path("physicalLocation").path("region").path("startLine").asInt() >= 1,
                result.path("ruleId").asText());
    }
}
