package jp.kijun.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The command line as pipelines use it: exit codes, one located line per problem, no stack traces. */
class KijunCliTest {

    @TempDir
    Path dir;

    record Run(int code, String out, String err) {
    }

    static Run kijun(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Kijun.run(new PrintWriter(out), new PrintWriter(err), args);
        return new Run(code, out.toString(), err.toString());
    }

    private Path facts(String content) throws IOException {
        Path file = dir.resolve("facts.yaml");
        Files.writeString(file, content, StandardCharsets.UTF_8);
        return file;
    }

    private static final String POLICY = """
            people:
              - {id: p-1, name: 山田}
            documents:
              - {id: DOC-1, kind: basicPolicy, title: 情報セキュリティ基本方針, approvedBy: p-1, approvedOn: 2025-10-01}
            """;

    @Test
    void jsonReportListsEveryControlOnceWithCitedSources() throws Exception {
        Path file = facts(POLICY);
        Run run = kijun("evaluate", file.toString(), "--as-of", "2026-04-01", "--format", "json");
        assertEquals("", run.err());
        JsonNode report = JsonMapper.builder().build().readTree(run.out());
        assertEquals(393, report.path("controls").size());
        assertEquals("2026-04-01", report.path("asOf").asText());
        assertEquals(file.toString(), report.path("inputs").get(0).path("path").asText());
        JsonNode control = report.path("controls").get(0);
        assertEquals("P1a-1-01", control.path("id").asText());
        assertEquals("passed", control.path("outcome").asText());
        assertEquals(file + ":4", control.path("reasons").get(0).path("facts").get(0).path("source").asText());
        int total = 0;
        for (JsonNode count : report.path("summary")) {
            total += count.asInt();
        }
        assertEquals(393, total);
    }

    @Test
    void sameInputsAndDateGiveByteIdenticalJson() throws Exception {
        Path file = facts(POLICY);
        String first = kijun("evaluate", file.toString(), "--as-of", "2026-04-01", "--format", "json").out();
        String second = kijun("evaluate", file.toString(), "--as-of", "2026-04-01", "--format", "json").out();
        assertEquals(first, second);
    }

    @Test
    void aFailedConsiderControlFailsTheGateUnlessToldOtherwise() throws Exception {
        Path file = facts(POLICY.replace("approvedOn: 2025-10-01", "approvedOn: 2020-10-01"));
        assertEquals(1, kijun("evaluate", file.toString(), "--as-of", "2026-04-01").code());
        assertEquals(0, kijun("evaluate", file.toString(), "--as-of", "2026-04-01", "--fail-on", "none").code());
    }

    @Test
    void badInputIsExitTwoWithOneLocatedLinePerProblemAndNoStackTrace() throws Exception {
        Path file = facts("""
                people:
                  - {id: p-1, name: 山田}
                  - {id: p-1, name: 田中}
                documents:
                  - {id: DOC-1, kind: basicPolicy, title: 基本方針, approvedBy: p-9}
                  - {id: DOC-2, kind: memo, title: メモ}
                """);
        Run run = kijun("evaluate", file.toString());
        assertEquals(2, run.code());
        assertEquals("", run.out());
        String[] lines = run.err().strip().split("\n");
        assertEquals(4, lines.length, run.err());
        assertTrue(lines[0].startsWith(file + ":3:"), lines[0]);
        assertTrue(lines[0].contains("duplicate id 'p-1'"), lines[0]);
        assertTrue(lines[1].startsWith(file + ":5:"), lines[1]);
        assertTrue(lines[1].contains("'p-9' does not name any of the parties"), lines[1]);
        assertTrue(lines[2].startsWith(file + ":6:"), lines[2]);
        assertTrue(lines[2].contains("documents[1].kind"), lines[2]);
        assertTrue(lines[3].startsWith("kijun: 3 problems in the input"), lines[3]);
        assertFalse(run.err().contains("\tat "), "no stack trace");
    }

    @Test
    void usageErrorsAreExitTwo() {
        assertEquals(2, kijun("evaluate").code());
        assertEquals(2, kijun("evaluate", "x.yaml", "--as-of", "yesterday").code());
        assertEquals(2, kijun("evaluate", "x.yaml", "--fail-on", "always").code());
        assertEquals(2, kijun("frobnicate").code());
        Run missing = kijun("evaluate", dir.resolve("nothing-here").toString());
        assertEquals(2, missing.code());
        assertTrue(missing.err().contains("no such file or directory"), missing.err());
    }

    @Test
    void generateWritesAnEstateThatEvaluatesAndRefusesADirectoryInUse() throws Exception {
        Path estate = dir.resolve("estate");
        Run generated = kijun("generate", "--scale", "200", "--as-of", "2026-04-01", estate.toString());
        assertEquals(0, generated.code(), generated.err());
        assertTrue(generated.out().contains("wrote 200 accounts over 10 systems"), generated.out());
        Run evaluated = kijun("evaluate", estate.toString(), "--as-of", "2026-04-01", "--format", "json");
        assertEquals(1, evaluated.code(), evaluated.err()); // the seeded gaps fail the gate
        Run again = kijun("generate", "--scale", "200", estate.toString());
        assertEquals(2, again.code());
        assertEquals(1, again.err().lines().count(), again.err());
        assertTrue(again.err().contains("not empty"), again.err());
        assertEquals(2, kijun("generate", "--scale", "5", dir.resolve("small").toString()).code());
    }

    @Test
    void anOutputIntoAMissingDirectoryIsRefusedBeforeEvaluating() throws Exception {
        Path file = facts(POLICY);
        Run run = kijun("evaluate", file.toString(), "-o", "json=" + dir.resolve("no/such/dir/r.json"));
        assertEquals(2, run.code());
        assertTrue(run.err().contains("does not exist"), run.err());
        assertEquals("", run.out());
    }

    @Test
    void outputFilesAreWritten() throws Exception {
        Path file = facts(POLICY);
        Path report = dir.resolve("report.json");
        Run run = kijun("evaluate", file.toString(), "--as-of", "2026-04-01", "--fail-on", "none", "-o", "json=" + report);
        assertEquals(0, run.code(), run.err());
        assertTrue(Files.readString(report).contains("\"P1a-1-01\""));
        try (var files = Files.list(dir)) {
            assertEquals(0, files.filter(f -> f.getFileName().toString().endsWith(".tmp")).count(), "no temporary file left");
        }
    }

    @Test
    void sarifAndJunitFilesAreWrittenTogether() throws Exception {
        Path file = facts(POLICY.replace("approvedOn: 2025-10-01", "approvedOn: 2020-10-01"));
        Path sarif = dir.resolve("r.sarif");
        Path junit = dir.resolve("r.xml");
        Run run = kijun("evaluate", file.toString(), "--as-of", "2026-04-01", "-o", "sarif=" + sarif, "-o", "junit=" + junit);
        assertEquals(1, run.code(), run.err());
        JsonNode log = JsonMapper.builder().build().readTree(Files.readString(sarif));
        assertEquals("2.1.0", log.path("version").asText());
        JsonNode sarifRun = log.path("runs").get(0);
        assertEquals(393, sarifRun.path("tool").path("driver").path("rules").size());
        long encoded = jp.kijun.catalog.CatalogLoader.shipped().items()
                .filter(item -> item.check() != jp.kijun.catalog.Check.PLANNED).count();
        assertEquals(encoded, sarifRun.path("results").size(), "a result per encoded control; planned ones are a notification");
        assertEquals("fail", sarifRun.path("results").get(0).path("kind").asText());
        String xml = Files.readString(junit);
        assertTrue(xml.startsWith("<?xml version=\"1.0\" encoding=\"UTF-8\"?>"), xml);
        assertEquals(393, xml.split("<testcase ").length - 1);
        assertTrue(xml.contains("<failure message=\"情報セキュリティ基本方針"), xml);

        Run options = kijun("evaluate", file.toString(), "--as-of", "2026-04-01", "--omit-passing",
                "--not-reviewed-as-failure", "-o", "sarif=" + sarif, "-o", "junit=" + junit, "--fail-on", "none");
        assertEquals(0, options.code(), options.err());
        assertTrue(Files.readString(junit).contains("type=\"not_reviewed\""));
        assertFalse(Files.readString(junit).contains("<skipped>"));
    }

    @Test
    void sarifAndJunitAreByteIdenticalForTheSameInputsAndDate() throws Exception {
        Path file = facts(POLICY);
        for (String format : new String[] {"sarif", "junit"}) {
            String first = kijun("evaluate", file.toString(), "--as-of", "2026-04-01", "--format", format).out();
            String second = kijun("evaluate", file.toString(), "--as-of", "2026-04-01", "--format", format).out();
            assertEquals(first, second, format);
            assertTrue(first.contains(file.getFileName().toString()), format);
        }
    }

    @Test
    void catalogListsEveryItemAndShowsOne() {
        Run list = kijun("catalog", "list", "--format", "json");
        assertEquals(0, list.code());
        assertEquals(393, list.out().split("\"id\"").length - 1);
        Run show = kijun("catalog", "show", "P1a-1-01");
        assertEquals(0, show.code(), show.err());
        assertTrue(show.out().contains("情報セキュリティ基本方針の策定"));
        assertTrue(show.out().contains("P1a-1-01 basic policy approved and reviewed within the review period"));
        assertEquals(2, kijun("catalog", "show", "P9z-1-01").code());
    }

    @Test
    void schemaIsPrintedAsJson() throws Exception {
        Run run = kijun("schema");
        assertEquals(0, run.code());
        JsonNode schema = JsonMapper.builder().build().readTree(run.out());
        assertEquals("https://json-schema.org/draft/2020-12/schema", schema.path("$schema").asText());
        assertTrue(schema.path("$defs").has("account"));
    }

    @Test
    void everyFormatIsWrittenAndTwoRunsGiveTheSameBytes() throws Exception {
        Path example = Path.of("examples", "aoba-power");
        java.util.Map<String, String> first = new java.util.LinkedHashMap<>();
        for (int run = 0; run < 2; run++) {
            Path out = Files.createDirectories(dir.resolve("run" + run));
            List<String> args = new java.util.ArrayList<>(List.of("evaluate", example.toString(), "--as-of", "2026-04-01"));
            for (String format : List.of("json", "sarif", "junit", "html", "markdown")) {
                args.add("-o");
                args.add(format + "=" + out.resolve("report." + format));
            }
            Run result = kijun(args.toArray(String[]::new));
            assertEquals(1, result.code(), result.err());
            for (String format : List.of("json", "sarif", "junit", "html", "markdown")) {
                String bytes = Files.readString(out.resolve("report." + format));
                assertFalse(bytes.isEmpty(), format);
                if (run == 0) {
                    first.put(format, bytes);
                } else {
                    assertEquals(first.get(format), bytes, format + " differs between two runs");
                }
            }
        }
    }

    @Test
    void aBaselineBlocksOnlyRegressionsAndNamesThem() throws Exception {
        Path facts = Files.createDirectories(dir.resolve("facts"));
        try (var files = Files.list(Path.of("examples", "aoba-power"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".yaml")).toList()) {
                Files.copy(file, facts.resolve(file.getFileName()));
            }
        }
        Path baseline = dir.resolve("baseline.json");
        assertEquals(1, kijun("evaluate", facts.toString(), "--as-of", "2026-04-01", "-o", "json=" + baseline).code(),
                "the example has failures of its own");
        Run same = kijun("evaluate", facts.toString(), "--as-of", "2026-04-01", "--baseline", baseline.toString());
        assertEquals(0, same.code(), "old debt does not block: " + same.err());

        Path governance = facts.resolve("governance.yaml");
        String text = Files.readString(governance);
        assertTrue(text.contains("lastReviewedOn: 2025-09-24"), "the basic policy was reviewed in 2025");
        Files.writeString(governance, text.replaceFirst("lastReviewedOn: 2025-09-24", "lastReviewedOn: 2023-09-24"));
        Run worse = kijun("evaluate", facts.toString(), "--as-of", "2026-04-01", "--baseline", baseline.toString(),
                "--format", "json");
        JsonNode report = JsonMapper.builder().build().readTree(worse.out());
        assertEquals(1, worse.code(), worse.err());
        JsonNode regressions = report.path("comparison").path("regressions");
        assertEquals(1, regressions.size(), regressions.toString());
        assertEquals("P1a-1-01", regressions.get(0).asText());
        Run console = kijun("evaluate", facts.toString(), "--as-of", "2026-04-01", "--baseline", baseline.toString());
        assertTrue(console.out().contains("P1a-1-01 情報セキュリティ基本方針の策定: 合格 → 不合格"), console.out());

        Path newer = dir.resolve("newer.json");
        Files.writeString(newer, worse.out());
        Run diff = kijun("diff", baseline.toString(), newer.toString());
        assertEquals(1, diff.code());
        assertTrue(diff.out().contains("P1a-1-01"), diff.out());
        assertTrue(diff.out().strip().endsWith("に対し、要検討事項の悪化 1 件: P1a-1-01"), diff.out());
        String last = kijun("evaluate", facts.toString(), "--as-of", "2026-04-01", "--baseline", baseline.toString(),
                "--lang", "en").out().strip().lines().reduce((a, b) -> b).orElseThrow();
        assertEquals("Gate: failed — 1 regression of tier consider (要検討事項) against the baseline " + baseline
                + ": P1a-1-01", last);
    }

    @Test
    void aFailureWhoseEvidenceIsRemovedIsReportedAsAChange() throws Exception {
        Path facts = copyOfAobaPower();
        Path baseline = dir.resolve("baseline.json");
        kijun("evaluate", facts.toString(), "--as-of", "2026-04-01", "-o", "json=" + baseline);
        Files.delete(facts.resolve("logging.yaml"));
        Run run = kijun("evaluate", facts.toString(), "--as-of", "2026-04-01", "--baseline", baseline.toString(),
                "--format", "json");
        JsonNode changed = JsonMapper.builder().build().readTree(run.out()).path("comparison").path("changed");
        assertTrue(changed.toString().contains("{\"id\":\"P3a-4-02\",\"before\":\"failed\",\"after\":\"not_reviewed\"}"),
                changed.toString());
        Run console = kijun("evaluate", facts.toString(), "--as-of", "2026-04-01", "--baseline", baseline.toString());
        assertTrue(console.out().contains("P3a-4-02 証跡取得と保存: 不合格 → 未確認"), console.out());
    }

    @Test
    void aBaselineOfAnotherOrganisationIsRefused() throws Exception {
        Path facts = copyOfAobaPower();
        Path baseline = dir.resolve("baseline.json");
        kijun("evaluate", facts.toString(), "--as-of", "2026-04-01", "-o", "json=" + baseline);
        String report = Files.readString(baseline);
        String organisation = JsonMapper.builder().build().readTree(report).path("organisation").asText();
        assertFalse(organisation.isEmpty());
        Files.writeString(baseline, report.replace("\"organisation\" : \"" + organisation + "\"",
                "\"organisation\" : \"湊水道株式会社\""));
        Run run = kijun("evaluate", facts.toString(), "--as-of", "2026-04-01", "--baseline", baseline.toString());
        assertEquals(2, run.code(), run.err());
        assertTrue(run.err().startsWith(baseline + ": the baseline is a report of the organisation '湊水道株式会社', "
                + "but the facts describe '" + organisation + "'"), run.err());
        Path other = dir.resolve("now.json");
        kijun("evaluate", facts.toString(), "--as-of", "2026-04-01", "-o", "json=" + other);
        assertEquals(2, kijun("diff", baseline.toString(), other.toString()).code());
    }

    @Test
    void aDateThatIsNotIsoIsOneClearLine() {
        Run run = kijun("evaluate", "examples/aoba-power", "--as-of", "01/04/2026");
        assertEquals(2, run.code());
        assertTrue(run.err().startsWith("kijun: Invalid value for option '--as-of': expected a date as year-month-day, "
                + "such as 2026-04-01; got '01/04/2026'"), run.err());
        assertFalse(run.err().contains("Exception"), run.err());
    }

    @Test
    void noCommandListsEveryCommand() {
        Run run = kijun();
        assertEquals(2, run.code());
        for (String command : List.of("evaluate", "diff", "test", "catalog", "profile", "params", "schema", "init", "new",
                "docs", "generate")) {
            assertTrue(run.err().contains(command), command + " in " + run.err());
        }
    }

    private Path copyOfAobaPower() throws IOException {
        Path facts = Files.createDirectories(dir.resolve("aoba"));
        try (var files = Files.list(Path.of("examples", "aoba-power"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".yaml")).toList()) {
                Files.copy(file, facts.resolve(file.getFileName()));
            }
        }
        return facts;
    }
}
