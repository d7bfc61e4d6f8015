package jp.kijun.report;

import jp.kijun.catalog.Measure;
import jp.kijun.engine.ControlResult;
import jp.kijun.engine.Evaluation;
import jp.kijun.engine.Outcome;
import jp.kijun.engine.Reason;
import jp.kijun.facts.FactOrigin;
import jp.kijun.facts.InputFile;

import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * JUnit XML, the test report CI servers ingest (Jenkins, GitLab, GitHub test summaries): a {@code <testsuite>}
 * per measure and a {@code <testcase>} per control, written and escaped by the JDK's StAX writer.
 *
 * <ul>
 *   <li>failed → {@code <failure type="failed">} with the reasons (Japanese, then kijun's English translation)
 *   and the facts they cite, with file:line; error → {@code <error type="error">};</li>
 *   <li>not reviewed → {@code <skipped>} with the reason, or {@code <failure type="not_reviewed">} with
 *   {@link ReportOptions#notReviewedAsFailure()};</li>
 *   <li>waived → {@code <skipped>} whose text starts with the waiver — who approved it, until when, why — and
 *   the verdict it hides: a waived control was not passed, it was set aside;</li>
 *   <li>passed and not applicable → a plain test case whose {@code <system-out>} gives the outcome and its
 *   reasons.</li>
 * </ul>
 *
 * <p>{@code <testsuites>} carries the totals, {@code skipped} included (which CI views that read only the root use).
 * Everything else validates against the Jenkins JUnit schema ({@code junit-4.xsd} of the Jenkins xUnit tooling,
 * shipped as test data), which declares no {@code skipped} on the root and no attributes on {@code <skipped>}: a
 * skip's reason is its text. Suites carry the rule-pack version, the evaluation date and the input digests as
 * properties. No timestamps or host names: the same evaluation gives the same bytes. A character XML 1.0 cannot
 * hold becomes U+FFFD.
 */
public final class JunitReport implements Report {

    private static final XMLOutputFactory XML = XMLOutputFactory.newFactory();

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
        try {
            XMLStreamWriter xml = XML.createXMLStreamWriter(out);
            xml.writeStartDocument("UTF-8", "1.0");
            xml.writeCharacters("\n");
            xml.writeStartElement("testsuites");
            attribute(xml, "name", "安全基準等策定指針 対策編 — "
                    + (evaluation.organisation() == null ? "" : evaluation.organisation() + " — ")
                    + evaluation.asOf() + " (" + tool.rulePack() + ")");
            counts(xml, total, false);
            xml.writeCharacters("\n");
            for (Map.Entry<Measure, List<ControlResult>> entry : byMeasure.entrySet()) {
                suite(entry.getKey(), entry.getValue(), counts.get(entry.getKey()), evaluation, context, xml);
            }
            xml.writeEndElement();
            xml.writeCharacters("\n");
            xml.writeEndDocument();
            xml.flush();
        } catch (XMLStreamException e) {
            throw new IOException("cannot write the JUnit report: " + e.getMessage(), e);
        }
        out.flush();
    }

    private static void counts(XMLStreamWriter xml, Counts counts, boolean suite) throws XMLStreamException {
        attribute(xml, "tests", Integer.toString(counts.tests()));
        attribute(xml, "failures", Integer.toString(counts.failures()));
        attribute(xml, "errors", Integer.toString(counts.errors()));
        attribute(xml, "skipped", Integer.toString(counts.skipped()));
        attribute(xml, "time", "0");
    }

    private static Counts count(List<ControlResult> results, boolean reviewFails) {
        int failures = 0;
        int errors = 0;
        int skipped = 0;
        for (ControlResult result : results) {
            switch (result.outcome()) {
                case FAILED -> failures++;
                case ERROR -> errors++;
                case WAIVED -> skipped++;
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
                              ReportContext context, XMLStreamWriter xml) throws XMLStreamException {
        xml.writeCharacters("  ");
        xml.writeStartElement("testsuite");
        attribute(xml, "name", measure.id() + " " + measure.title().ja());
        counts(xml, counts, true);
        attribute(xml, "package", "kijun." + measure.id());
        xml.writeCharacters("\n    ");
        xml.writeStartElement("properties");
        xml.writeCharacters("\n");
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
        xml.writeCharacters("    ");
        xml.writeEndElement();
        xml.writeCharacters("\n");
        for (ControlResult result : results) {
            testcase(result, context.options().notReviewedAsFailure(), xml);
        }
        xml.writeCharacters("  ");
        xml.writeEndElement();
        xml.writeCharacters("\n");
    }

    private static void property(String name, String value, XMLStreamWriter xml) throws XMLStreamException {
        xml.writeCharacters("      ");
        xml.writeEmptyElement("property");
        attribute(xml, "name", name);
        attribute(xml, "value", value);
        xml.writeCharacters("\n");
    }

    private static void testcase(ControlResult result, boolean reviewFails, XMLStreamWriter xml) throws XMLStreamException {
        xml.writeCharacters("    ");
        xml.writeStartElement("testcase");
        attribute(xml, "name", result.id() + " " + result.item().title().ja());
        attribute(xml, "classname", "kijun." + result.measure().id());
        attribute(xml, "time", "0");
        String summary = (DecidedWith.note(result, jp.kijun.catalog.Language.JA).strip()
                + result.reasons().stream().map(reason -> reason.message().ja()).collect(Collectors.joining(" ")))
                .replaceAll("\\s*\\R\\s*", " ");
        String details = details(result);
        xml.writeCharacters("\n      ");
        switch (result.outcome()) {
            case FAILED -> element(xml, "failure", summary, "failed", details);
            case ERROR -> element(xml, "error", summary, "error", details);
            case NOT_REVIEWED -> {
                if (reviewFails) {
                    element(xml, "failure", summary, "not_reviewed", details);
                } else {
                    element(xml, "skipped", null, null, details);
                }
            }
            case WAIVED -> element(xml, "skipped", null, null, details);
            case PASSED, NOT_APPLICABLE -> element(xml, "system-out", null, null, details);
        }
        xml.writeCharacters("\n    ");
        xml.writeEndElement();
        xml.writeCharacters("\n");
    }

    private static void element(XMLStreamWriter xml, String name, String message, String type, String text)
            throws XMLStreamException {
        xml.writeStartElement(name);
        if (message != null) {
            attribute(xml, "message", message);
        }
        if (type != null) {
            attribute(xml, "type", type);
        }
        xml.writeCharacters(xmlText(text));
        xml.writeEndElement();
    }

    /** An attribute: StAX escapes markup; attribute values here are one line (the summary joins reasons with spaces). */
    private static void attribute(XMLStreamWriter xml, String name, String value) throws XMLStreamException {
        xml.writeAttribute(name, xmlText(value));
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
            text.append("- [").append(reason.verdict().label().ja()).append("] ").append(reason.message().ja()).append('\n');
            text.append("  en: [").append(reason.verdict().label().en()).append("] ").append(reason.message().en()).append('\n');
            for (FactOrigin fact : reason.facts()) {
                text.append("  根拠 / fact: ").append(fact.type()).append(' ').append(fact.id()).append(" (")
                        .append(fact.source().fileAndLine()).append(")\n");
            }
        }
        text.append("(en: kijun's own translation; the Japanese is normative)\n");
        text.append(result.id()).append(": ").append(SarifRules.helpUri(result.item(), result.measure()));
        return text.toString();
    }

    /** Characters XML 1.0 cannot hold become U+FFFD (StAX would write them and leave the document malformed). */
    static String xmlText(String value) {
        StringBuilder text = new StringBuilder(value.length());
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < value.length() && Character.isLowSurrogate(value.charAt(i + 1))) {
                text.append(c).append(value.charAt(++i));
            } else if ((c < 0x20 && c != '\n' && c != '\r' && c != '\t') || Character.isSurrogate(c) || c == 0xFFFE
                    || c == 0xFFFF) {
                text.append('\uFFFD');
            } else {
                text.append(c);
            }
        }
        return text.toString();
    }
}
