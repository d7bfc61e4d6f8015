package jp.kijun.report;

import jp.kijun.catalog.Language;
import jp.kijun.engine.ControlResult;
import jp.kijun.engine.Evaluation;
import jp.kijun.engine.Outcome;
import jp.kijun.gate.Comparison;
import jp.kijun.testing.GoldenFile;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.ParseErrorList;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.Test;

import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The HTML report: golden output, self-containedness, well-formedness, and what an auditor needs in it. */
class HtmlReportTest {

    private static String render(Evaluation evaluation) throws Exception {
        StringWriter out = new StringWriter();
        new HtmlReport().write(evaluation, ReportFixture.context(Language.JA), out);
        return out.toString();
    }

    private static Document parse(String html) {
        return Jsoup.parse(html);
    }

    @Test
    void matchesTheExpectedFile() throws Exception {
        GoldenFile.assertMatches("reports/html/report.html", render(ReportFixture.evaluation()));
    }

    @Test
    void theSameEvaluationGivesTheSameBytes() throws Exception {
        assertEquals(render(ReportFixture.evaluation()), render(ReportFixture.evaluation()));
    }

    @Test
    void fetchesNothing() throws Exception {
        String html = render(ReportFixture.evaluation());
        Document document = parse(html);
        List<String> problems = new ArrayList<>();
        for (String tag : List.of("link", "img", "iframe", "frame", "object", "embed", "audio", "video", "source",
                "track", "base", "picture", "image", "use")) {
            document.select(tag).forEach(e -> problems.add("<" + tag + "> " + e.outerHtml()));
        }
        for (String attribute : List.of("src", "srcset", "data", "poster", "background", "action", "formaction",
                "xlink:href", "ping", "manifest")) {
            document.select("[" + attribute + "]").forEach(e -> problems.add(attribute + " on " + e.tagName()));
        }
        document.select("[href]").forEach(e -> {
            if (!e.attr("href").startsWith("#")) {
                problems.add("href " + e.attr("href"));
            }
        });
        document.select("script[src], script[type=module]").forEach(e -> problems.add("script " + e.outerHtml()));
        String style = document.select("style").html();
        if (style.contains("@import") || style.contains("url(")) {
            problems.add("the style sheet refers to a URL");
        }
        String script = document.select("script").html();
        for (String call : List.of("fetch(", "XMLHttpRequest", "import(", "WebSocket", "EventSource", "sendBeacon",
                "localStorage", "sessionStorage", "document.cookie")) {
            if (script.contains(call)) {
                problems.add("the script uses " + call);
            }
        }
        if (Pattern.compile("(?i)(src|href|url)\\s*[=(]\\s*[\"']?\\s*(https?:)?//").matcher(html).find()) {
            problems.add("a URL reference in the markup");
        }
        if (Pattern.compile("(?i)https?://").matcher(html).find()) {
            problems.add("an http(s) URL in the file");
        }
        assertEquals(List.of(), problems);
        String policy = document.selectFirst("meta[http-equiv=Content-Security-Policy]").attr("content");
        assertTrue(policy.startsWith("default-src 'none';"), policy);
    }

    @Test
    void theContentSecurityPolicyAllowsExactlyTheInlineStyleAndScript() throws Exception {
        Document document = parse(render(ReportFixture.evaluation()));
        String policy = document.selectFirst("meta[http-equiv=Content-Security-Policy]").attr("content");
        assertEquals(1, document.select("style").size());
        assertEquals(1, document.select("script").size());
        assertTrue(policy.contains("style-src '" + sha256(document.selectFirst("style").data()) + "'"), policy);
        assertTrue(policy.contains("script-src '" + sha256(document.selectFirst("script").data()) + "'"), policy);
        assertTrue(document.select("[style]").isEmpty(), "no style attributes: the policy would block them");
        assertTrue(document.select("[onclick], [onload], [onchange]").isEmpty(), "no inline handlers");
    }

    @Test
    void isWellFormed() throws Exception {
        String html = render(ReportFixture.evaluation());
        Parser parser = Parser.htmlParser().setTrackErrors(50);
        Document document = Jsoup.parse(html, "", parser);
        ParseErrorList errors = parser.getErrors();
        assertEquals(List.of(), errors.stream().map(Object::toString).toList(), "HTML parse errors");
        assertTrue(html.startsWith("<!DOCTYPE html>\n<html lang=\"ja\""));
        assertEquals("utf-8", document.selectFirst("meta[charset]").attr("charset"));

        List<String> problems = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        document.select("[id]").forEach(e -> {
            if (!ids.add(e.id())) {
                problems.add("duplicate id " + e.id());
            }
        });
        document.select("label[for]").forEach(e -> {
            if (document.getElementById(e.attr("for")) == null) {
                problems.add("label for a missing id " + e.attr("for"));
            }
        });
        document.select("[aria-labelledby]").forEach(e -> {
            for (String id : e.attr("aria-labelledby").split("\\s+")) {
                if (document.getElementById(id) == null) {
                    problems.add("aria-labelledby names a missing id " + id);
                }
            }
        });
        document.select("a[href^=#]").forEach(e -> {
            if (document.getElementById(e.attr("href").substring(1)) == null) {
                problems.add("link to a missing id " + e.attr("href"));
            }
        });
        document.select("details").forEach(e -> {
            Element first = e.firstElementChild();
            if (first == null || !first.tagName().equals("summary")) {
                problems.add("details without a leading summary: " + e.id());
            }
        });
        document.select("input, select").forEach(e -> {
            if (e.parents().select("label").isEmpty() && document.select("label[for=" + e.id() + "]").isEmpty()) {
                problems.add("form control without a label: " + e.outerHtml());
            }
        });
        document.select("table").forEach(table -> {
            if (table.select("th").isEmpty()) {
                problems.add("table without header cells");
            }
        });
        assertEquals(List.of(), problems);
    }

    @Test
    void statesWhatWasEvaluatedAndHowInTheHeader() throws Exception {
        Evaluation evaluation = ReportFixture.evaluation();
        Document document = parse(render(evaluation));
        assertEquals("試験電力株式会社", document.selectFirst("[data-organisation]").text());
        assertEquals("2026-04-01", document.selectFirst("[data-as-of]").text());
        assertEquals("kijun 0.0.0-test", document.selectFirst("[data-tool]").text());
        assertEquals("kijun-nisc-taisakuhen-3 0.0.0-test", document.selectFirst("[data-rule-pack]").text());
        assertEquals("baseline", document.selectFirst("[data-profile]").text());
        List<String> inputs = document.select("tr[data-input]").stream()
                .map(row -> row.child(0).text() + " " + row.child(1).text()).toList();
        assertEquals(evaluation.inputs().stream().map(input -> input.path() + " " + input.sha256()).toList(), inputs);
        assertEquals(2, inputs.size());
    }

    @Test
    void theSummaryNumbersAndTheControlsAgreeWithTheEvaluation() throws Exception {
        Evaluation evaluation = ReportFixture.evaluation();
        Document document = parse(render(evaluation));
        assertEquals(String.valueOf(evaluation.results().size()), document.selectFirst("[data-total]").text());
        assertEquals(evaluation.results().size(), document.select("details.control").size());
        for (Map.Entry<Outcome, Integer> count : evaluation.summary().entrySet()) {
            String code = count.getKey().code();
            assertEquals(String.valueOf(count.getValue()),
                    document.selectFirst("[data-outcome-count=" + code + "]").text(), code);
            assertEquals(count.getValue().intValue(),
                    document.select("details.control[data-outcome=" + code + "]").size(), code);
        }
        assertEquals(24, document.select("section.measure").size());
        assertEquals(24, document.select("svg.outcome-chart g.row").size());
        assertEquals(24, document.select("#filter-measure option[value~=.]").size());
    }

    @Test
    void aBaselineShowsWhatGotWorseAndBetterEachLinkedToItsControl() throws Exception {
        Evaluation evaluation = ReportFixture.evaluation();
        Comparison comparison = ReportFixture.comparison(evaluation);
        StringWriter out = new StringWriter();
        new HtmlReport().write(evaluation, new ReportContext(ReportFixture.TOOL, Language.JA, comparison,
                ReportOptions.DEFAULTS, RunSettings.BASELINE), out);
        Document document = parse(out.toString());
        assertEquals("previous/kijun.json", document.selectFirst("#comparison [data-baseline]").text());
        assertEquals(String.valueOf(comparison.regressions().size()),
                document.selectFirst("[data-change-count=regressions]").text());
        assertEquals(String.valueOf(comparison.improvements().size()),
                document.selectFirst("[data-change-count=improvements]").text());
        assertEquals("1", document.selectFirst("[data-change-count=added]").text());
        assertEquals("1", document.selectFirst("[data-change-count=removed]").text());
        Element regressed = document.selectFirst("table[data-changes=regressions] tr[data-change=P1a-1-01]");
        assertTrue(regressed.text().contains("合格passed → 不合格failed"), regressed.text());
        assertTrue(regressed.text().contains(evaluation.result("P1a-1-01").orElseThrow().item().title().ja()));
        for (Element link : document.select("#comparison a[data-control-link]")) {
            assertNotNull(document.getElementById(link.attr("href").substring(1)), link.attr("href"));
        }
        assertTrue(document.select("#comparison a[data-control-link]").size() >= comparison.regressions().size());
        assertTrue(parse(render(evaluation)).select("#comparison").isEmpty(), "no baseline, no comparison");
    }

    @Test
    void aControlExpandsToItsTextReasonsFactsWaiversAndScenarios() throws Exception {
        Document document = parse(render(ReportFixture.evaluation()));
        Element control = document.getElementById("P1a-1-01");
        assertEquals("failed", control.attr("data-outcome"));
        assertEquals("consider", control.attr("data-tier"));
        assertEquals("P1a", control.attr("data-measure"));
        assertEquals("情報セキュリティ基本方針の策定", control.selectFirst("blockquote.guideline[lang=ja] p").text());
        assertTrue(control.selectFirst(".translation[lang=en]").text().contains("kijun's translation"));
        assertTrue(control.selectFirst("ul.reasons p[lang=ja]").text()
                .contains("情報セキュリティ基本方針「情報セキュリティ基本方針 <第4版> & \"運用\" *別冊*」は 2024-10-01 以降見直されていません"));
        Element fact = control.selectFirst("tr[data-fact]");
        assertEquals("文書", fact.child(0).selectFirst("[lang=ja]").text());
        assertEquals("Document", fact.child(0).selectFirst("[lang=en]").text());
        assertEquals("document", fact.child(0).selectFirst("code").text());
        assertEquals("DOC-POL-001", fact.child(1).text());
        assertEquals("src/test/resources/reports/facts/documents.yaml:4", fact.child(2).text());
        Element waivers = control.select("h4").stream().filter(h -> h.text().startsWith("免除")).findFirst().orElseThrow();
        assertEquals("記録なし", waivers.nextElementSibling().selectFirst("[lang=ja]").text(), "where waivers would appear");
        List<String> scenarios = control.select("ul.scenarios li code").eachText();
        assertEquals(4, scenarios.size(), scenarios.toString());
        assertTrue(scenarios.get(0).matches("features/P1a/P1a-1\\.feature:\\d+"), scenarios.get(0));
        assertTrue(control.selectFirst("ul.scenarios li").text().contains("承認され、見直し周期内に見直された基本方針があれば合格"));
    }

    @Test
    void opensInTheLanguageOfTheContextWithTheOtherOneToggle() throws Exception {
        StringWriter out = new StringWriter();
        new HtmlReport().write(ReportFixture.evaluation(), ReportFixture.context(Language.EN), out);
        Document english = parse(out.toString());
        assertEquals("en", english.selectFirst("html").attr("lang"));
        assertTrue(english.selectFirst("input[name=lang][value=en]").hasAttr("checked"));
        assertFalse(english.selectFirst("input[name=lang][value=ja]").hasAttr("checked"));
        assertTrue(english.title().startsWith("Evaluation report: "), english.title());
        Document japanese = parse(render(ReportFixture.evaluation()));
        assertEquals("ja", japanese.selectFirst("html").attr("lang"));
        assertTrue(japanese.title().startsWith("評価報告書: "), japanese.title());
        assertEquals(japanese.select("details.control").outerHtml(), english.select("details.control").outerHtml(),
                "the same content in both, only the language shown first differs");
    }

    @Test
    void textFromFactsIsEscaped() throws Exception {
        String html = render(ReportFixture.evaluation());
        assertTrue(html.contains("情報セキュリティ基本方針 &lt;第4版&gt; &amp; &quot;運用&quot; *別冊*"));
        assertFalse(html.contains("<第4版>"));
        assertFalse(parse(html).text().contains("<span"), "markup never ends up escaped as text");
    }

    @Test
    void everyLabelComesInBothLanguages() throws Exception {
        Document document = parse(render(ReportFixture.evaluation()));
        List<String> problems = new ArrayList<>();
        for (Element ja : document.select("body [lang=ja]:not(.keep)")) {
            Element next = ja.nextElementSibling();
            boolean paired = next != null && next.attr("lang").equals("en");
            boolean block = ja.tagName().equals("p") || ja.tagName().equals("blockquote");
            if (!paired && !block) {
                problems.add("no English beside " + ja.outerHtml());
            }
        }
        assertEquals(List.of(), problems.stream().limit(5).toList());
        assertEquals(document.select("body p[lang=ja]").size() > 0, document.select("body p[lang=en]").size() > 0);
    }

    @Test
    void theChartDrawsEveryOutcomeThatOccurs() throws Exception {
        Evaluation fixture = ReportFixture.evaluation();
        List<ControlResult> results = new ArrayList<>(fixture.results());
        Outcome[] outcomes = Outcome.values();
        for (int i = 0; i < 12; i++) {
            ControlResult result = results.get(i);
            results.set(i, new ControlResult(result.item(), result.measure(), outcomes[i % outcomes.length], result.reasons()));
        }
        Evaluation mixed = new Evaluation(null, fixture.asOf(), fixture.inputs(), results);
        Document document = parse(render(mixed));
        for (Outcome outcome : outcomes) {
            assertFalse(document.select("svg g.row[data-measure=P1a] rect.outcome-" + outcome.code()).isEmpty(),
                    outcome.code());
            assertEquals(String.valueOf(mixed.summary().get(outcome)),
                    document.selectFirst("[data-outcome-count=" + outcome.code() + "]").text());
        }
        assertEquals("（組織名の記録なし）", document.selectFirst("[data-organisation] [lang=ja]").text());
    }

    private static String sha256(String text) throws Exception {
        byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
        return "sha256-" + Base64.getEncoder().encodeToString(digest);
    }
}
