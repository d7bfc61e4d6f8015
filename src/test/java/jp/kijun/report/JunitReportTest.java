package jp.kijun.report;

import jp.kijun.testing.GoldenFile;
import jp.kijun.engine.Evaluation;
import jp.kijun.engine.Outcome;
import jp.kijun.facts.InputFile;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;
import org.xml.sax.SAXParseException;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.Schema;
import javax.xml.validation.SchemaFactory;
import javax.xml.validation.Validator;
import java.io.IOException;
import java.io.ByteArrayInputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** JUnit XML: the expected file, the Jenkins JUnit schema, and counts that CI servers add up. */
class JunitReportTest {

    private static final Path SCHEMA = Path.of("src", "test", "resources", "schemas", "jenkins-junit.xsd");
    private static final ReportOptions REVIEW_FAILS = new ReportOptions(false, false, true);

    static void validate(String xml) throws Exception {
        SchemaFactory factory = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI);
        Schema schema = factory.newSchema(SCHEMA.toFile());
        Validator validator = schema.newValidator();
        // The one attribute the Jenkins schemas (junit-4.xsd, and the xUnit plugin's junit-10.xsd) do not declare:
        // the root's skipped total, which Jenkins' parser ignores and other CI views read. Checked by the count test.
        String root = xml.substring(0, xml.indexOf("<testsuite ") < 0 ? xml.length() : xml.indexOf("<testsuite "));
        String rest = xml.substring(root.length());
        validator.validate(new StreamSource(new StringReader(root.replaceFirst(" skipped=\"[0-9]+\"", "") + rest)));
    }

    private static Document parse(String xml) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        return factory.newDocumentBuilder().parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
    }

    private static List<Element> children(Element parent, String name) {
        List<Element> found = new ArrayList<>();
        NodeList nodes = parent.getChildNodes();
        for (int i = 0; i < nodes.getLength(); i++) {
            if (nodes.item(i) instanceof Element element && element.getTagName().equals(name)) {
                found.add(element);
            }
        }
        return found;
    }

    private static Element testcase(Document document, String id) {
        NodeList cases = document.getElementsByTagName("testcase");
        for (int i = 0; i < cases.getLength(); i++) {
            Element element = (Element) cases.item(i);
            if (element.getAttribute("name").startsWith(id + " ")) {
                return element;
            }
        }
        throw new AssertionError("no testcase " + id);
    }

    @Test
    void matchesTheExpectedFile() throws IOException {
        GoldenFile.assertMatches("reports/junit/every-outcome.xml",
                ReportFixture.render(new JunitReport(), ReportFixture.everyOutcome(), ReportOptions.DEFAULTS));
    }

    @Test
    void validatesAgainstTheJenkinsJunitSchema() throws Exception {
        for (Evaluation evaluation : List.of(ReportFixture.evaluation(), ReportFixture.everyOutcome())) {
            for (ReportOptions options : List.of(ReportOptions.DEFAULTS, REVIEW_FAILS)) {
                validate(ReportFixture.render(new JunitReport(), evaluation, options));
            }
        }
    }

    @Test
    void theSchemaCheckCatchesAnInvalidReport() {
        String xml = ReportFixture.render(new JunitReport(), ReportFixture.evaluation(), ReportOptions.DEFAULTS)
                .replaceFirst("<skipped>", "<skipped message=\"x\">");
        SAXParseException problem = assertThrows(SAXParseException.class, () -> validate(xml));
        assertTrue(problem.getMessage().contains("message"), problem.getMessage());
    }

    @Test
    void aSuitePerMeasureATestcasePerControlAndCountsThatAddUp() throws Exception {
        Evaluation evaluation = ReportFixture.everyOutcome();
        Document document = parse(ReportFixture.render(new JunitReport(), evaluation, ReportOptions.DEFAULTS));
        Element root = document.getDocumentElement();
        assertEquals("testsuites", root.getTagName());
        List<Element> suites = children(root, "testsuite");
        assertEquals(24, suites.size());
        assertEquals("P1a 組織・体制及び人的資源の確保", suites.get(0).getAttribute("name"));
        int tests = 0;
        int failures = 0;
        int errors = 0;
        int skipped = 0;
        for (Element suite : suites) {
            List<Element> cases = children(suite, "testcase");
            int suiteFailures = 0;
            int suiteErrors = 0;
            int suiteSkipped = 0;
            for (Element testcase : cases) {
                suiteFailures += children(testcase, "failure").size();
                suiteErrors += children(testcase, "error").size();
                suiteSkipped += children(testcase, "skipped").size();
                assertEquals("kijun." + suite.getAttribute("name").split(" ")[0], testcase.getAttribute("classname"));
            }
            assertEquals(cases.size(), Integer.parseInt(suite.getAttribute("tests")), suite.getAttribute("name"));
            assertEquals(suiteFailures, Integer.parseInt(suite.getAttribute("failures")), suite.getAttribute("name"));
            assertEquals(suiteErrors, Integer.parseInt(suite.getAttribute("errors")), suite.getAttribute("name"));
            assertEquals(suiteSkipped, Integer.parseInt(suite.getAttribute("skipped")), suite.getAttribute("name"));
            assertEquals("0", suite.getAttribute("time"));
            tests += cases.size();
            failures += suiteFailures;
            errors += suiteErrors;
            skipped += suiteSkipped;
        }
        Map<Outcome, Integer> summary = evaluation.summary();
        assertEquals(393, tests);
        assertEquals(summary.get(Outcome.FAILED), failures);
        assertEquals(summary.get(Outcome.ERROR), errors);
        assertEquals(summary.get(Outcome.NOT_REVIEWED) + summary.get(Outcome.WAIVED), skipped);
        assertEquals(tests, Integer.parseInt(root.getAttribute("tests")));
        assertEquals(failures, Integer.parseInt(root.getAttribute("failures")));
        assertEquals(errors, Integer.parseInt(root.getAttribute("errors")));
    }

    @Test
    void eachOutcomeBecomesWhatCiServersShow() throws Exception {
        Document document = parse(ReportFixture.render(new JunitReport(), ReportFixture.everyOutcome(), ReportOptions.DEFAULTS));
        Element failed = testcase(document, "P1a-1-01");
        assertEquals("P1a-1-01 情報セキュリティ基本方針の策定", failed.getAttribute("name"));
        assertEquals("kijun.P1a", failed.getAttribute("classname"));
        Element failure = children(failed, "failure").get(0);
        assertEquals("failed", failure.getAttribute("type"));
        assertTrue(failure.getAttribute("message").contains("「情報セキュリティ基本方針 <第4版> & \"運用\" *別冊*」"),
                failure.getAttribute("message"));
        String text = failure.getTextContent();
        assertTrue(text.contains("has not been reviewed since 2024-10-01"), text);
        assertTrue(text.contains("document DOC-POL-001 (src/test/resources/reports/facts/documents.yaml:4)"), text);

        assertEquals("error", children(testcase(document, "P2a-1-02"), "error").get(0).getAttribute("type"));
        Element notReviewed = children(testcase(document, "P2b-1-01"), "skipped").get(0);
        assertTrue(notReviewed.getTextContent().contains("まだ規則として実装されていません"), notReviewed.getTextContent());
        for (String plain : List.of("P1c-1-01", "P1c-1-02")) {
            Element testcase = testcase(document, plain);
            assertEquals(0, children(testcase, "failure").size() + children(testcase, "error").size()
                    + children(testcase, "skipped").size(), plain);
            assertEquals(1, children(testcase, "system-out").size(), plain);
        }
    }

    @Test
    void notReviewedAsFailureTurnsSkipsIntoFailures() throws Exception {
        Evaluation evaluation = ReportFixture.evaluation();
        Document document = parse(ReportFixture.render(new JunitReport(), evaluation, REVIEW_FAILS));
        assertEquals(0, document.getElementsByTagName("skipped").getLength());
        Element failure = children(testcase(document, "P2b-1-01"), "failure").get(0);
        assertEquals("not_reviewed", failure.getAttribute("type"));
        Map<Outcome, Integer> summary = evaluation.summary();
        assertEquals(summary.get(Outcome.FAILED) + summary.get(Outcome.NOT_REVIEWED),
                Integer.parseInt(document.getDocumentElement().getAttribute("failures")));
    }

    @Test
    void suitesNameTheRulePackTheDateAndTheInputDigests() throws Exception {
        Evaluation evaluation = ReportFixture.evaluation();
        Document document = parse(ReportFixture.render(new JunitReport(), evaluation, ReportOptions.DEFAULTS));
        Element suite = children(document.getDocumentElement(), "testsuite").get(0);
        Map<String, String> properties = new LinkedHashMap<>();
        for (Element property : children(children(suite, "properties").get(0), "property")) {
            properties.put(property.getAttribute("name"), property.getAttribute("value"));
        }
        assertEquals(ReportFixture.TOOL.rulePack(), properties.get("rulePack"));
        assertEquals("2026-04-01", properties.get("asOf"));
        assertEquals("試験電力株式会社", properties.get("organisation"));
        for (InputFile input : evaluation.inputs()) {
            assertEquals("sha256:" + input.sha256(), properties.get("input:" + input.path()), input.path());
        }
    }

    @Test
    void charactersXmlCannotHoldBecomeReplacementCharacters() {
        assertEquals("x\uFFFDy", JunitReport.xmlText("x\u0001y"));
        assertEquals("a\nb\tc", JunitReport.xmlText("a\nb\tc"));
        assertEquals("😀", JunitReport.xmlText("😀"));
        assertEquals("\uFFFD", JunitReport.xmlText("\uD800"));
    }

    @Test
    void theRootCountsSkipsAndWaivedControlsAreSkippedWithTheirWaiver() throws Exception {
        Evaluation evaluation = ReportFixture.everyOutcome();
        Document document = parse(ReportFixture.render(new JunitReport(), evaluation, ReportOptions.DEFAULTS));
        Map<Outcome, Integer> summary = evaluation.summary();
        assertEquals(summary.get(Outcome.NOT_REVIEWED) + summary.get(Outcome.WAIVED),
                Integer.parseInt(document.getDocumentElement().getAttribute("skipped")));
        Element waived = children(testcase(document, "P2a-1-01"), "skipped").get(0);
        assertTrue(waived.getTextContent().startsWith("免除 (waived)"), waived.getTextContent());
        assertTrue(waived.getTextContent().contains("2026年度中に整備する計画"), waived.getTextContent());
        assertEquals(0, children(testcase(document, "P2a-1-01"), "system-out").size(), "a waiver is not a pass");
    }

    @Test
    void sameEvaluationSameBytes() {
        assertEquals(ReportFixture.render(new JunitReport(), ReportFixture.everyOutcome(), ReportOptions.DEFAULTS),
                ReportFixture.render(new JunitReport(), ReportFixture.everyOutcome(), ReportOptions.DEFAULTS));
    }

    @Test
    void itIsWellFormedUtf8WithADeclaration() {
        String xml = ReportFixture.render(new JunitReport(), ReportFixture.everyOutcome(), ReportOptions.DEFAULTS);
        assertTrue(xml.startsWith("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<testsuites "), xml.substring(0, 80));
    }
}
