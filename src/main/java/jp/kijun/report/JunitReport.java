package jp.kijun.report;

import jp.kijun.catalog.Measure;
import jp.kijun.engine.ControlResult;
import jp.kijun.engine.Evaluation;
import jp.kijun.engine.Outcome;
import jp.kijun.engine.Reason;
import jp.kijun.facts.FactOrigin;
import jp.kijun.facts.InputFile;

import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * JUnit XML, the test report CI servers ingest (Jenkins, GitLab, GitHub test summaries): a {@code <testsuite>}
 * per measure and a {@code <testcase>} per control.
 *
 * <ul>
 *   <li>failed → {@code <failure type="failed">} with the reasons (Japanese, then kijun's English translation)
 *   and the facts they cite, with file:line; error → {@code <error type="error">};</li>
 *   <li>not reviewed → {@code <skipped>} with the reason, or {@code <failure type="not_reviewed">} with
 *   {@link ReportOptions#notReviewedAsFailure()};</li>
 *   <li>passed, not applicable and waived → a plain test case whose {@code <system-out>} gives the outcome and
 *   its reasons.</li>
 * </ul>
 *
 * <p>The output validates against the Jenkins JUnit schema ({@code junit-4.xsd} of the Jenkins xUnit tooling,
 * shipped as test data). That schema allows no attributes on {@code <skipped>} and no {@code skipped} count on
 * {@code <testsuites>}, so a skip's reason is the element's text and skip counts are on each suite. Suites carry
 * the rule-pack version, the evaluation date and the input digests as properties. No timestamps or host names:
 * the same evaluation gives the same bytes.
 */
public final class JunitReport implements Report {

    @Override
    public String format() {
        return "junit";
    }

    private record Counts(int tests, int failures, int errors, int skipped) {

        Counts plus(Counts other) {
            return new Counts(tests + other.tests, failures + other.failures, errors + other.errors,
                    skipped + other.skipped);
        }
    }

    @Override
    public void write(Evaluation evaluation, ReportContext context, Writer out) throws IOException {
        boolean reviewFails = context.options().notReviewedAsFailure();
        Map<Measure, List<ControlResult>> byMeasure = new LinkedHashMap<>();
        evaluation.results().forEach(result -> byMeasure.computeIfAbsent(result.measure(), k -> new ArrayList<>()).add(result));
        Map<Measure, Counts> counts = new LinkedHashMap<>();
        Counts total = new Counts(0, 0, 0, 0);
        for (Map.Entry<Measure, List<ControlResult>> entry : byMeasure.entrySet()) {
            Counts suite = count(entry.getValue(), reviewFails);
            counts.put(entry.getKey(), suite);
            total = total.plus(suite);
        }

        ToolInfo tool = context.tool();
        StringBuilder xml = new StringBuilder();
        xml.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
        xml.append("<testsuites")
                .append(attribute("name", "安全基準等策定指針 対策編 — "
                        + (evaluation.organisation() == null ? "" : evaluation.organisation() + " — ")
                        + evaluation.asOf() + " (" + tool.rulePack() + ")"))
                .append(attribute("tests", total.tests()))
                .append(attribute("failures", total.failures()))
                .append(attribute("errors", total.errors()))
                .append(attribute("time", "0"))
                .append(">\n");
        for (Map.Entry<Measure, List<ControlResult>> entry : byMeasure.entrySet()) {
            suite(entry.getKey(), entry.getValue(), counts.get(entry.getKey()), evaluation, context, xml);
        }
        xml.append("</testsuites>\n");
        out.write(xml.toString());
        out.flush();
    }

    private static Counts count(List<ControlResult> results, boolean reviewFails) {
        int failures = 0;
        int errors = 0;
        int skipped = 0;
        for (ControlResult result : results) {
            switch (result.outcome()) {
                case FAILED -> failures++;
                case ERROR -> errors++;
                case NOT_REVIEWED -> {
                    if (reviewFails) {
                        failures++;
                    } else {
                        skipped++;
                    }
                }
                default -> {
                }
            }
        }
        return new Counts(results.size(), failures, errors, skipped);
    }

    private static void suite(Measure measure, List<ControlResult> results, Counts counts, Evaluation evaluation,
                              ReportContext context, StringBuilder xml) {
        xml.append("  <testsuite")
                .append(attribute("name", measure.id() + " " + measure.title().ja()))
                .append(attribute("tests", counts.tests()))
                .append(attribute("failures", counts.failures()))
                .append(attribute("errors", counts.errors()))
                .append(attribute("skipped", counts.skipped()))
                .append(attribute("time", "0"))
                .append(attribute("package", "kijun." + measure.id()))
                .append(">\n");
        xml.append("    <properties>\n");
        ToolInfo tool = context.tool();
        property("tool", tool.name() + " " + tool.version(), xml);
        property("rulePack", tool.rulePack(), xml);
        property("asOf", evaluation.asOf().toString(), xml);
        if (evaluation.organisation() != null) {
            property("organisation", evaluation.organisation(), xml);
        }
        for (InputFile input : evaluation.inputs()) {
            property("input:" + input.path(), "sha256:" + input.sha256(), xml);
        }
        property("measure", measure.heading() + " " + measure.title().ja(), xml);
        property("measureEn", measure.title().en(), xml);
        property("tier", measure.tier().code() + " (" + measure.tier().label().ja() + ")", xml);
        property("notice", JsonReport.TRANSLATION_NOTICE, xml);
        xml.append("    </properties>\n");
        for (ControlResult result : results) {
            testcase(result, context.options().notReviewedAsFailure(), xml);
        }
        xml.append("  </testsuite>\n");
    }

    private static void property(String name, String value, StringBuilder xml) {
        xml.append("      <property").append(attribute("name", name)).append(attribute("value", value)).append("/>\n");
    }

    private static void testcase(ControlResult result, boolean reviewFails, StringBuilder xml) {
        xml.append("    <testcase")
                .append(attribute("name", result.id() + " " + result.item().title().ja()))
                .append(attribute("classname", "kijun." + result.measure().id()))
                .append(attribute("time", "0"));
        Outcome outcome = result.outcome();
        String summary = result.reasons().stream().map(reason -> reason.message().ja()).collect(Collectors.joining(" "));
        String details = details(result);
        switch (outcome) {
            case FAILED -> xml.append(">\n      <failure").append(attribute("message", summary))
                    .append(attribute("type", "failed")).append('>').append(text(details)).append("</failure>\n");
            case ERROR -> xml.append(">\n      <error").append(attribute("message", summary))
                    .append(attribute("type", "error")).append('>').append(text(details)).append("</error>\n");
            case NOT_REVIEWED -> {
                if (reviewFails) {
                    xml.append(">\n      <failure").append(attribute("message", summary))
                            .append(attribute("type", "not_reviewed")).append('>').append(text(details))
                            .append("</failure>\n");
                } else {
                    xml.append(">\n      <skipped>").append(text(details)).append("</skipped>\n");
                }
            }
            case PASSED, NOT_APPLICABLE, WAIVED -> xml.append(">\n      <system-out>").append(text(details))
                    .append("</system-out>\n");
        }
        xml.append("    </testcase>\n");
    }

    /** The outcome, then each reason in Japanese and in kijun's English with the facts it cites, then the docs. */
    static String details(ControlResult result) {
        StringBuilder text = new StringBuilder();
        text.append(result.outcome().label().ja()).append(" (").append(result.outcome().code()).append(") — ")
                .append(result.tier().label().ja()).append(" (").append(result.tier().code())
                .append(")\n");
        Exemptions.describe(result).ifPresent(exemption -> text.append(exemption.ja()).append('\n')
                .append(exemption.en()).append('\n'));
        for (Reason reason : result.reasons()) {
            text.append("- ").append(reason.message().ja()).append('\n');
            text.append("  en: ").append(reason.message().en()).append('\n');
            for (FactOrigin fact : reason.facts()) {
                text.append("  根拠 / fact: ").append(fact.type()).append(' ').append(fact.id()).append(" (")
                        .append(fact.source().fileAndLine()).append(")\n");
            }
        }
        text.append("(en: kijun's own translation; the Japanese is normative)\n");
        text.append(result.id()).append(": ").append(SarifRules.helpUri(result.item(), result.measure()));
        return text.toString();
    }

    private static String attribute(String name, int value) {
        return attribute(name, Integer.toString(value));
    }

    private static String attribute(String name, String value) {
        return " " + name + "=\"" + escape(value, true) + "\"";
    }

    private static String text(String value) {
        return escape(value, false);
    }

    /**
     * Escapes text for XML 1.0: markup characters, and in attributes the white space that attribute-value
     * normalisation would otherwise turn into spaces. Characters XML 1.0 cannot hold become U+FFFD.
     */
    static String escape(String value, boolean attribute) {
        StringBuilder escaped = new StringBuilder(value.length());
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            switch (c) {
                case '&' -> escaped.append("&amp;");
                case '<' -> escaped.append("&lt;");
                case '>' -> escaped.append("&gt;");
                case '"' -> escaped.append(attribute ? "&quot;" : "\"");
                case '\n' -> escaped.append(attribute ? "&#10;" : "\n");
                case '\r' -> escaped.append("&#13;");
                case '\t' -> escaped.append(attribute ? "&#9;" : "\t");
                default -> {
                    if (Character.isHighSurrogate(c) && i + 1 < value.length() && Character.isLowSurrogate(value.charAt(i + 1))) {
                        escaped.append(c).append(value.charAt(++i));
                    } else if (c < 0x20 || Character.isSurrogate(c) || c == 0xFFFE || c == 0xFFFF) {
                        escaped.append('\uFFFD');
                    } else {
                        escaped.append(c);
                    }
                }
            }
        }
        return escaped.toString();
    }
}
