package jp.kijun.report;

import jp.kijun.testing.GoldenFile;
import jp.kijun.catalog.Language;
import jp.kijun.catalog.Text;
import jp.kijun.catalog.Tier;
import jp.kijun.engine.ControlResult;
import jp.kijun.engine.Evaluation;
import jp.kijun.engine.Outcome;
import jp.kijun.engine.Reason;
import jp.kijun.facts.FactOrigin;
import jp.kijun.facts.Source;
import jp.kijun.gate.Change;
import jp.kijun.gate.Comparison;
import org.commonmark.Extension;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.node.Node;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

import java.io.StringWriter;
import java.util.List;
import java.util.stream.IntStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The Markdown report for pull-request comments: golden output in both languages, with a baseline, and its size. */
class MarkdownReportTest {

    private static String render(Evaluation evaluation, ReportContext context) throws Exception {
        StringWriter out = new StringWriter();
        new MarkdownReport().write(evaluation, context, out);
        return out.toString();
    }

    @Test
    void matchesTheExpectedFileInJapanese() throws Exception {
        GoldenFile.assertMatches("reports/markdown/report.md",
                render(ReportFixture.evaluation(), ReportFixture.context(Language.JA)));
    }

    @Test
    void matchesTheExpectedFileInEnglish() throws Exception {
        GoldenFile.assertMatches("reports/markdown/report-en.md",
                render(ReportFixture.evaluation(), ReportFixture.context(Language.EN)));
    }

    @Test
    void matchesTheExpectedFileWithABaseline() throws Exception {
        Evaluation evaluation = ReportFixture.evaluation();
        ReportContext context = new ReportContext(ReportFixture.TOOL, Language.JA, ReportFixture.comparison(evaluation),
                ReportOptions.DEFAULTS, RunSettings.BASELINE);
        GoldenFile.assertMatches("reports/markdown/report-baseline.md", render(evaluation, context));
    }

    @Test
    void theSameEvaluationGivesTheSameBytes() throws Exception {
        ReportContext context = ReportFixture.context(Language.JA);
        assertEquals(render(ReportFixture.evaluation(), context), render(ReportFixture.evaluation(), context));
    }

    @Test
    void regressionsComeFirstThenImprovementsThenFailures() throws Exception {
        Evaluation evaluation = ReportFixture.evaluation();
        Comparison comparison = new Comparison("old.json",
                List.of(new Change("P1a-1-01", Tier.CONSIDER, Outcome.PASSED, Outcome.FAILED)),
                List.of(new Change("P1a-1-04", Tier.CONSIDER, Outcome.FAILED, Outcome.NOT_APPLICABLE)), List.of(), List.of(), List.of());
        String text = render(evaluation, new ReportContext(ReportFixture.TOOL, Language.EN, comparison, ReportOptions.DEFAULTS));
        int regressions = text.indexOf("#### Regressions (1)");
        int improvements = text.indexOf("#### Improvements (1)");
        long failed = evaluation.results().stream().filter(result -> result.outcome() == Outcome.FAILED).count();
        int failures = text.indexOf("### Failed (" + failed + ")");
        int notReviewed = text.indexOf("Not reviewed: ");
        assertTrue(regressions > 0 && regressions < improvements && improvements < failures && failures < notReviewed,
                text);
        assertTrue(text.contains("| `P1a-1-04` | Securing human resources | to be considered | failed → not applicable |"), text);
    }

    @Test
    void saysSoWhenNothingFailed() throws Exception {
        Evaluation fixture = ReportFixture.evaluation();
        List<ControlResult> passing = fixture.results().stream()
                .map(r -> new ControlResult(r.item(), r.measure(), r.outcome() == Outcome.FAILED ? Outcome.PASSED : r.outcome(),
                        r.reasons()))
                .toList();
        String text = render(new Evaluation(null, fixture.asOf(), fixture.inputs(), passing), ReportFixture.context(Language.EN));
        assertTrue(text.startsWith("## kijun: (organisation not recorded) — evaluation as of 2026-04-01\n"), text);
        assertTrue(text.contains("\nNo control failed or ended in an error.\n"), text);
        assertTrue(!text.contains("<details>"), text);
    }

    @Test
    void namesTheRulePackAndEveryInputDigest() throws Exception {
        Evaluation evaluation = ReportFixture.evaluation();
        String text = render(evaluation, ReportFixture.context(Language.JA));
        assertTrue(text.contains("kijun-nisc-taisakuhen-3 0.0.0-test"));
        evaluation.inputs().forEach(input -> {
            assertTrue(text.contains("<code>" + input.path() + "</code>"), input.path());
            assertTrue(text.contains(input.sha256()), input.sha256());
        });
    }

    @Test
    void staysWellUnderTheSizeOfAPullRequestCommentWhenEverythingFails() throws Exception {
        Evaluation fixture = ReportFixture.evaluation();
        List<FactOrigin> facts = IntStream.range(0, 3)
                .mapToObj(i -> new FactOrigin("document", "DOC-" + i, new Source("facts/very/long/path/to/documents.yaml", 100 + i, 3)))
                .toList();
        List<Reason> reasons = IntStream.range(0, 4).mapToObj(i -> new Reason(
                new Text("とても長い理由の文章です。".repeat(8), "A very long reason indeed. ".repeat(8)), facts, "rule " + i,
                jp.kijun.engine.Verdict.FAIL)).toList();
        List<ControlResult> failing = fixture.results().stream()
                .map(result -> new ControlResult(result.item(), result.measure(), Outcome.FAILED, reasons)).toList();
        Evaluation everythingFails = new Evaluation("大規模電力株式会社", fixture.asOf(), fixture.inputs(), failing);
        List<Change> regressions = failing.stream()
                .map(result -> new Change(result.id(), result.measure().tier(), Outcome.PASSED, Outcome.FAILED)).toList();
        Comparison comparison = new Comparison("old.json", regressions, List.of(), List.of(), List.of(), List.of());
        for (Language language : Language.values()) {
            String text = render(everythingFails,
                    new ReportContext(ReportFixture.TOOL, language, comparison, ReportOptions.DEFAULTS));
            assertTrue(text.length() <= MarkdownReport.LIMIT, language + ": " + text.length() + " characters");
            assertTrue(text.contains(language == Language.JA ? "省略しました" : "more left out"), "says what was left out");
            assertTrue(text.endsWith("</sub>\n"), "the footer is always there");
            assertEquals(countOf(text, "<details>"), countOf(text, "</details>"), "every block is closed");
        }
    }

    @Test
    void readsAsGitHubFlavouredMarkdown() throws Exception {
        Evaluation evaluation = ReportFixture.evaluation();
        String text = render(evaluation, new ReportContext(ReportFixture.TOOL, Language.JA, ReportFixture.comparison(evaluation),
                ReportOptions.DEFAULTS));
        List<Extension> extensions = List.of(TablesExtension.create());
        Node markdown = Parser.builder().extensions(extensions).build().parse(text);
        org.jsoup.nodes.Document html = Jsoup.parse(HtmlRenderer.builder().extensions(extensions).build().render(markdown));
        assertEquals("kijun: 試験電力株式会社 — 2026-04-01 時点の評価", html.selectFirst("h2").text());
        assertEquals(2, html.select("table").size(), "totals and regressions");
        assertEquals(7, html.select("table").get(0).select("tbody tr").size());
        assertEquals(List.of("合格", "0"), html.select("table").get(0).select("tbody tr").get(0).select("td").eachText());
        assertEquals(List.of("P1a-1-01", "情報セキュリティ基本方針の策定", "要検討事項", "合格 → 不合格"),
                html.select("table").get(1).select("tbody tr").get(0).select("td").eachText());
        long failed = evaluation.results().stream().filter(result -> result.outcome() == Outcome.FAILED).count();
        long failedInP1a = evaluation.results().stream()
                .filter(result -> result.outcome() == Outcome.FAILED && result.measure().id().equals("P1a")).count();
        assertTrue(html.select("h3").eachText().indexOf("不合格 (" + failed + ")") > html.select("h3").eachText()
                .indexOf("基準との比較: previous/kijun.json"));
        Element details = html.selectFirst("details");
        assertEquals("P1a （１）ア（ア） 組織・体制及び人的資源の確保 — 不合格 " + failedInP1a, details.selectFirst("summary").text());
        Element control = details.selectFirst("ul > li");
        assertTrue(control.text().startsWith("P1a-1-01 情報セキュリティ基本方針の策定（要検討事項）"), control.text());
        assertTrue(control.selectFirst("ul > li").ownText()
                .contains("「情報セキュリティ基本方針 <第4版> & \"運用\" *別冊*」は 2024-10-01 以降見直されていません"), control.text());
        assertEquals(List.of("DOC-POL-001", "src/test/resources/reports/facts/documents.yaml:4"),
                control.select("ul ul li code").eachText());
        assertTrue(html.selectFirst("sub").text().contains(evaluation.inputs().get(0).sha256()));
    }

    @Test
    void markdownAndHtmlInTextAreEscaped() {
        assertEquals("a\\*b\\_c \\<x\\> &amp; \\|", MarkdownReport.md("a*b_c <x> & |"));
        assertEquals("one two", MarkdownReport.md("one\n  two"));
    }

    private static int countOf(String text, String part) {
        return text.split(java.util.regex.Pattern.quote(part), -1).length - 1;
    }
}
