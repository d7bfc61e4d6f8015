package jp.kijun.report;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jp.kijun.catalog.Check;
import jp.kijun.catalog.Group;
import jp.kijun.catalog.Item;
import jp.kijun.catalog.Measure;
import jp.kijun.catalog.Text;
import jp.kijun.catalog.Tier;
import jp.kijun.engine.ControlResult;
import jp.kijun.engine.Evaluation;
import jp.kijun.engine.Outcome;
import jp.kijun.engine.Reason;
import jp.kijun.facts.FactOrigin;
import jp.kijun.facts.InputFile;

import java.io.IOException;
import java.io.Writer;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * SARIF 2.1.0, the format code-scanning platforms ingest: one rule ({@code reportingDescriptor}) per catalog
 * control in catalog order, one result per evaluated control, located at the facts that decided it.
 *
 * <ul>
 *   <li>failed → kind {@code fail}, level {@code error} for tier consider and {@code warning} for reference;
 *   error → kind {@code fail}, level {@code error}; waived → kind {@code fail} with an external, accepted
 *   suppression whose justification is the waiver's reason;</li>
 *   <li>not reviewed → kind {@code review}; not applicable → {@code notApplicable}; passed → {@code pass}
 *   (level {@code none}, as SARIF requires for kinds other than fail). {@link ReportOptions#omitPassing()}
 *   leaves passed and not-applicable results out.</li>
 * </ul>
 *
 * <p>Messages are Japanese, the normative language; the English (kijun's own translation) stands beside it in
 * the rules' descriptions and in each result's properties. Artifact URIs are relative to the working directory
 * (forward slashes, percent-encoded); a file outside it keeps an absolute {@code file:} URI. Nothing in the
 * output depends on the clock, so the same evaluation gives the same bytes.
 */
public final class SarifReport implements Report {

    /** Where the generated control documentation lives; a rule's help URI is {@code BASE + measure.html#id}. */
    static final String DOCS_BASE = "https://kijun.dev/docs/controls/";
    static final String INFORMATION_URI = "https://kijun.dev/";
    static final String SCHEMA_URI = "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json";

    private static final String EN_MARK = "English (kijun's own translation; the Japanese is normative)";

    private static final Map<Check, Text> CHECK_LABELS = Map.of(
            Check.AUTOMATED, new Text("自動判定（構成・運用の事実から規則で判定）",
                    "automated (decided by rules from facts about practice and configuration)"),
            Check.ATTESTATION, new Text("証明（署名・日付のある証明の事実で判定）",
                    "attestation (decided from a signed, dated attestation)"),
            Check.PLANNED, new Text("未実装（規則がまだないため常に未確認）",
                    "planned (not encoded yet, always not reviewed)"));

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private final Path workingDirectory;

    /** Relative URIs are made against the process's working directory. */
    public SarifReport() {
        this(Path.of(""));
    }

    SarifReport(Path workingDirectory) {
        this.workingDirectory = workingDirectory.toAbsolutePath().normalize();
    }

    @Override
    public String format() {
        return "sarif";
    }

    @Override
    public void write(Evaluation evaluation, ReportContext context, Writer out) throws IOException {
        PrettyJson.write(log(evaluation, context), out);
    }

    ObjectNode log(Evaluation evaluation, ReportContext context) {
        ObjectNode log = NODES.objectNode();
        log.put("$schema", SCHEMA_URI);
        log.put("version", "2.1.0");
        ObjectNode run = log.putArray("runs").addObject();

        ObjectNode driver = run.putObject("tool").putObject("driver");
        ToolInfo tool = context.tool();
        driver.put("name", tool.name());
        driver.put("fullName", tool.name() + " — 安全基準等策定指針 対策編 (" + tool.rulePack() + ")");
        driver.put("version", tool.version());
        driver.put("informationUri", INFORMATION_URI);
        ArrayNode rules = driver.putArray("rules");
        evaluation.results().forEach(result -> rules.add(rule(result)));
        driver.putObject("properties").put("rulePack", tool.rulePack());

        run.put("language", "ja-JP");
        Map<String, Integer> artifactIndex = new LinkedHashMap<>();
        ArrayNode artifacts = run.putArray("artifacts");
        for (InputFile input : evaluation.inputs()) {
            artifactIndex.put(input.path(), artifacts.size());
            ObjectNode artifact = artifacts.addObject();
            artifact.putObject("location").put("uri", artifactUri(input.path(), workingDirectory));
            artifact.putArray("roles").add("analysisTarget");
            artifact.putObject("hashes").put("sha-256", input.sha256());
        }

        ArrayNode results = run.putArray("results");
        List<ControlResult> controls = evaluation.results();
        for (int index = 0; index < controls.size(); index++) {
            ControlResult control = controls.get(index);
            if (context.options().omitPassing()
                    && (control.outcome() == Outcome.PASSED || control.outcome() == Outcome.NOT_APPLICABLE)) {
                continue;
            }
            if (context.options().omitNotReviewed() && control.outcome() == Outcome.NOT_REVIEWED) {
                continue;
            }
            results.add(result(control, index, artifactIndex, evaluation.inputs()));
        }

        ObjectNode properties = run.putObject("properties");
        properties.put("asOf", evaluation.asOf().toString());
        properties.put("rulePack", tool.rulePack());
        if (evaluation.organisation() != null) {
            properties.put("organisation", evaluation.organisation());
        }
        ArrayNode inputs = properties.putArray("inputs");
        evaluation.inputs().forEach(input -> inputs.addObject().put("path", input.path()).put("sha256", input.sha256()));
        ObjectNode summary = properties.putObject("summary");
        evaluation.summary().forEach((outcome, count) -> summary.put(outcome.code(), count));
        properties.put("omitPassing", context.options().omitPassing());
        properties.put("omitNotReviewed", context.options().omitNotReviewed());
        properties.put("notice", JsonReport.TRANSLATION_NOTICE);
        return log;
    }

    private static ObjectNode rule(ControlResult result) {
        Item item = result.item();
        Measure measure = result.measure();
        ObjectNode rule = NODES.objectNode();
        rule.put("id", item.id());
        rule.put("name", ruleName(item));
        rule.putObject("shortDescription").put("text", item.title().ja());
        rule.putObject("fullDescription").put("text", fullDescription(item));
        rule.putObject("defaultConfiguration").put("level", failureLevel(result.tier()));
        rule.put("helpUri", helpUri(item, measure));
        ObjectNode help = rule.putObject("help");
        help.put("text", helpText(item, measure));
        help.put("markdown", helpMarkdown(item, measure));
        ObjectNode properties = rule.putObject("properties");
        properties.put("tier", measure.tier().code());
        properties.put("check", item.check().code());
        properties.put("measure", measure.id());
        properties.put("group", item.groupId());
        properties.put("titleJa", item.title().ja());
        properties.put("titleEn", item.title().en());
        if (!item.related().isEmpty()) {
            ArrayNode related = properties.putArray("related");
            item.related().forEach(related::add);
        }
        ArrayNode tags = properties.putArray("tags");
        tags.add("kijun").add(measure.id()).add(measure.tier().code()).add(item.check().code());
        return rule;
    }

    /**
     * The rule's name, which code-scanning platforms list to filter results by rule: the id and the Japanese
     * title, since the same title recurs under several ids. (SARIF's style rules would prefer a Pascal-case
     * identifier; one made from the English titles runs to hundreds of characters.)
     */
    static String ruleName(Item item) {
        return item.id() + " " + item.title().ja();
    }

    /** The control's page in the reference that {@code kijun docs} writes: one page per measure. */
    static String helpUri(Item item, Measure measure) {
        return DOCS_BASE + measure.id() + ".html#" + item.id();
    }

    private static String fullDescription(Item item) {
        StringBuilder text = new StringBuilder(item.title().ja());
        if (item.detail() != null) {
            text.append("（").append(item.detail().ja()).append("）");
        }
        text.append("\n\n").append(EN_MARK).append(": ").append(item.title().en());
        if (item.detail() != null && item.detail().en() != null) {
            text.append(" (").append(item.detail().en()).append(")");
        }
        return text.toString();
    }

    private static String helpText(Item item, Measure measure) {
        Group group = groupOf(item, measure);
        StringBuilder text = new StringBuilder();
        text.append("安全基準等策定指針 対策編 ").append(measure.heading()).append(' ').append(measure.title().ja())
                .append("【").append(measure.tier().label().ja()).append("】\n");
        if (group != null && !group.implied()) {
            text.append("○").append(group.title().ja()).append('\n');
        }
        text.append("・").append(item.title().ja());
        if (item.detail() != null) {
            text.append("（").append(item.detail().ja()).append("）");
        }
        text.append('\n');
        text.append("判定: ").append(CHECK_LABELS.get(item.check()).ja()).append('\n');
        if (item.rationale() != null) {
            text.append("証明による理由: ").append(item.rationale().ja()).append('\n');
        }
        if (!item.related().isEmpty()) {
            text.append("関連する項目: ").append(String.join(", ", item.related())).append('\n');
        }
        text.append('\n').append(EN_MARK).append(":\n");
        text.append("NISC guideline (安全基準等策定指針 対策編), measure ").append(measure.heading()).append(' ')
                .append(measure.title().en()).append(" [").append(measure.tier().label().en()).append("]\n");
        if (group != null && !group.implied()) {
            text.append("- ").append(group.title().en()).append('\n');
        }
        text.append("  - ").append(item.title().en());
        if (item.detail() != null && item.detail().en() != null) {
            text.append(" (").append(item.detail().en()).append(")");
        }
        text.append('\n');
        text.append("Check: ").append(CHECK_LABELS.get(item.check()).en()).append('\n');
        if (item.rationale() != null && item.rationale().en() != null) {
            text.append("Why an attestation: ").append(item.rationale().en()).append('\n');
        }
        if (!item.related().isEmpty()) {
            text.append("Related items: ").append(String.join(", ", item.related())).append('\n');
        }
        text.append("Documentation: ").append(helpUri(item, measure));
        return text.toString();
    }

    private static String helpMarkdown(Item item, Measure measure) {
        Group group = groupOf(item, measure);
        StringBuilder md = new StringBuilder();
        md.append("**").append(item.id()).append(" ").append(markdown(item.title().ja())).append("**\n\n");
        md.append("安全基準等策定指針 対策編 ").append(measure.heading()).append(' ').append(markdown(measure.title().ja()))
                .append("【").append(measure.tier().label().ja()).append("】");
        if (group != null && !group.implied()) {
            md.append(" › ").append(markdown(group.title().ja()));
        }
        md.append("\n\n> ・").append(markdown(item.title().ja()));
        if (item.detail() != null) {
            md.append("（").append(markdown(item.detail().ja())).append("）");
        }
        md.append("\n\n判定: ").append(CHECK_LABELS.get(item.check()).ja());
        if (item.rationale() != null) {
            md.append("  \n証明による理由: ").append(markdown(item.rationale().ja()));
        }
        if (!item.related().isEmpty()) {
            md.append("  \n関連する項目: ").append(String.join(", ", item.related()));
        }
        md.append("\n\n*").append(EN_MARK).append("*\n\n");
        md.append("NISC guideline, measure ").append(measure.heading()).append(' ').append(markdown(measure.title().en()))
                .append(" [").append(measure.tier().label().en()).append("]");
        if (group != null && !group.implied()) {
            md.append(" › ").append(markdown(group.title().en()));
        }
        md.append("\n\n> ").append(markdown(item.title().en()));
        if (item.detail() != null && item.detail().en() != null) {
            md.append(" (").append(markdown(item.detail().en())).append(")");
        }
        md.append("\n\nCheck: ").append(CHECK_LABELS.get(item.check()).en());
        if (item.rationale() != null && item.rationale().en() != null) {
            md.append("  \nWhy an attestation: ").append(markdown(item.rationale().en()));
        }
        md.append("\n\n[").append(item.id()).append("](").append(helpUri(item, measure)).append(")");
        return md.toString();
    }

    private static Group groupOf(Item item, Measure measure) {
        return measure.groups().stream().filter(group -> group.id().equals(item.groupId())).findFirst().orElse(null);
    }

    /** Escapes the characters that Markdown would read as markup. */
    private static String markdown(String text) {
        StringBuilder escaped = new StringBuilder(text.length());
        for (char c : text.toCharArray()) {
            if ("\\`*_[]<>#|".indexOf(c) >= 0) {
                escaped.append('\\');
            }
            escaped.append(c);
        }
        return escaped.toString();
    }

    private ObjectNode result(ControlResult control, int ruleIndex, Map<String, Integer> artifactIndex,
                              List<InputFile> inputs) {
        Tier tier = control.tier();
        ObjectNode result = NODES.objectNode();
        result.put("ruleId", control.id());
        result.put("ruleIndex", ruleIndex);
        switch (control.outcome()) {
            case FAILED, WAIVED -> result.put("kind", "fail").put("level", failureLevel(tier));
            case ERROR -> result.put("kind", "fail").put("level", "error");
            case NOT_REVIEWED -> result.put("kind", "review").put("level", "none");
            case NOT_APPLICABLE -> result.put("kind", "notApplicable").put("level", "none");
            case PASSED -> result.put("kind", "pass").put("level", "none");
        }
        String ja = control.reasons().stream().map(reason -> reason.message().ja()).collect(Collectors.joining("\n"));
        String en = control.reasons().stream().map(reason -> reason.message().en()).collect(Collectors.joining("\n"));
        result.putObject("message").put("text", ja.isEmpty() ? control.outcome().label().ja() : ja);

        ArrayNode locations = NODES.arrayNode();
        Set<FactOrigin> cited = new LinkedHashSet<>();
        control.reasons().forEach(reason -> cited.addAll(reason.facts()));
        for (FactOrigin fact : cited) {
            locations.add(location(fact, artifactIndex));
        }
        if (locations.isEmpty() && !inputs.isEmpty()) {
            locations.add(wholeInput(inputs.get(0), artifactIndex));
        }
        if (!locations.isEmpty()) {
            result.set("locations", locations);
        }
        if (control.outcome() == Outcome.WAIVED) {
            ObjectNode suppression = result.putArray("suppressions").addObject();
            suppression.put("kind", "external");
            suppression.put("status", "accepted");
            Text exemption = Exemptions.describe(control).orElse(new Text(ja, en));
            suppression.put("justification", exemption.ja());
            suppression.putObject("properties").put("justificationEn", exemption.en());
        }

        ObjectNode properties = result.putObject("properties");
        properties.put("outcome", control.outcome().code());
        properties.put("outcomeJa", control.outcome().label().ja());
        properties.put("tier", tier.code());
        properties.put("messageEn", en);
        ArrayNode reasons = properties.putArray("reasons");
        for (Reason reason : control.reasons()) {
            ObjectNode entry = reasons.addObject();
            entry.put("ja", reason.message().ja());
            entry.put("en", reason.message().en());
            if (reason.rule() != null) {
                entry.put("rule", reason.rule());
            }
            ArrayNode facts = entry.putArray("facts");
            reason.facts().forEach(fact -> facts.addObject()
                    .put("type", fact.type()).put("id", fact.id()).put("source", fact.source().fileAndLine()));
        }
        return result;
    }

    /**
     * Where a result that cites no fact is shown: the first facts file as a whole, without a region — code
     * scanning platforms reject results without a location, and "the facts as given" is where the gap lies.
     */
    private ObjectNode wholeInput(InputFile input, Map<String, Integer> artifactIndex) {
        ObjectNode location = NODES.objectNode();
        ObjectNode artifact = location.putObject("physicalLocation").putObject("artifactLocation");
        artifact.put("uri", artifactUri(input.path(), workingDirectory));
        artifact.put("index", artifactIndex.get(input.path()));
        location.putObject("message").put("text", "判断に必要な事実が記録されていない / the facts needed are not recorded");
        return location;
    }

    private ObjectNode location(FactOrigin fact, Map<String, Integer> artifactIndex) {
        ObjectNode location = NODES.objectNode();
        ObjectNode physical = location.putObject("physicalLocation");
        ObjectNode artifact = physical.putObject("artifactLocation");
        artifact.put("uri", artifactUri(fact.source().file(), workingDirectory));
        Integer index = artifactIndex.get(fact.source().file());
        if (index != null) {
            artifact.put("index", index);
        }
        if (fact.source().line() > 0) {
            physical.putObject("region").put("startLine", fact.source().line());
        }
        location.putArray("logicalLocations").addObject()
                .put("name", fact.id())
                .put("fullyQualifiedName", fact.type() + "/" + fact.id())
                .put("kind", fact.type());
        location.putObject("message").put("text", fact.type() + " " + fact.id());
        return location;
    }

    private static String failureLevel(Tier tier) {
        return tier == Tier.CONSIDER ? "error" : "warning";
    }

    /**
     * The URI of a file as SARIF consumers resolve it: relative to {@code workingDirectory} when the file lies
     * under it (normalised, forward slashes, percent-encoded), otherwise an absolute {@code file:} URI.
     */
    static String artifactUri(String path, Path workingDirectory) {
        Path base = workingDirectory.toAbsolutePath().normalize();
        Path absolute = base.resolve(Path.of(path)).normalize();
        if (!absolute.startsWith(base) || absolute.equals(base)) {
            return absolute.toUri().toASCIIString();
        }
        List<String> segments = new ArrayList<>();
        base.relativize(absolute).forEach(segment -> segments.add(segment.toString()));
        String relative = String.join("/", segments);
        try {
            // a first segment with a colon would read as a scheme: "./" keeps it a relative reference
            String prefix = segments.get(0).contains(":") ? "./" : "";
            return new URI(null, null, prefix + relative, null).toASCIIString();
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException("cannot make a URI of " + path, e);
        }
    }
}
