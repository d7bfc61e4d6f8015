package jp.kijun.report;

import com.contrastsecurity.sarif.ArtifactLocation;
import com.contrastsecurity.sarif.Invocation;
import com.contrastsecurity.sarif.Message;
import com.contrastsecurity.sarif.Notification;
import com.contrastsecurity.sarif.OriginalUriBaseIds;
import com.contrastsecurity.sarif.PropertyBag;
import com.contrastsecurity.sarif.ReportingConfiguration;
import com.contrastsecurity.sarif.ReportingDescriptor;
import com.contrastsecurity.sarif.Result;
import com.contrastsecurity.sarif.Run;
import com.contrastsecurity.sarif.SarifSchema210;
import com.contrastsecurity.sarif.Tool;
import com.contrastsecurity.sarif.ToolComponent;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.json.JsonMapper;
import jp.kijun.catalog.Check;
import jp.kijun.engine.ControlResult;
import jp.kijun.engine.Evaluation;
import jp.kijun.engine.Outcome;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPOutputStream;

/**
 * SARIF 2.1.0, the format code-scanning platforms ingest, built on the typed model of {@code java-sarif}: one rule per
 * catalog control in catalog order ({@link SarifRules}), one result per evaluated control located at the facts that
 * decided it ({@link SarifResults}).
 *
 * <ul>
 *   <li>failed → kind {@code fail}, level {@code error} for tier consider and {@code warning} for reference;
 *   error → kind {@code fail}, level {@code error}; waived → kind {@code fail} with an external, accepted
 *   suppression whose justification is the waiver's reason;</li>
 *   <li>not reviewed → kind {@code review}; not applicable → {@code notApplicable}; passed → {@code pass}
 *   (level {@code none}). {@link ReportOptions#omitPassing()} leaves passed and not-applicable results out,
 *   {@link ReportOptions#omitNotReviewed()} not-reviewed ones;</li>
 *   <li>planned controls (not encoded yet) have no result: nothing points at where their evidence would be, and code
 *   scanning rejects a result without a location. One tool notification says how many and which.</li>
 * </ul>
 *
 * <p>The log stays within code scanning's limits ({@link SarifLimits#CODE_SCANNING}): at most 25,000 results (the
 * most severe kept), 1,000 locations a result, 10 MB gzipped — a log over that is made again with half the locations
 * and reasons per result. Whatever was cut is counted in the result and in a tool notification. URIs are relative to
 * {@code %SRCROOT%}. Nothing depends on the clock: the same evaluation gives the same bytes.
 */
public final class SarifReport implements Report {

    static final String INFORMATION_URI = "https://kijun.dev/";
    static final String SCHEMA_URI = "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json";

    /** Keeps what the model's defaults would drop: a result's kind and level, and an empty results list. */
    abstract static class ResultMixIn {
        @JsonInclude(JsonInclude.Include.ALWAYS)
        @JsonProperty("kind")
        Result.Kind kind;
        @JsonInclude(JsonInclude.Include.ALWAYS)
        @JsonProperty("level")
        Result.Level level;
    }

    abstract static class ConfigurationMixIn {
        @JsonInclude(JsonInclude.Include.ALWAYS)
        @JsonProperty("level")
        ReportingConfiguration.Level level;
    }

    abstract static class RunMixIn {
        @JsonInclude(JsonInclude.Include.ALWAYS)
        @JsonProperty("results")
        List<Result> results;
    }

    private static final ObjectWriter WRITER = PrettyJson.writer(JsonMapper.builder()
            .addMixIn(Result.class, ResultMixIn.class)
            .addMixIn(Run.class, RunMixIn.class)
            .addMixIn(ReportingConfiguration.class, ConfigurationMixIn.class));

    private final Path base;
    private final SarifLimits limits;

    /** Relative URIs are made against the process's working directory, within code scanning's limits. */
    public SarifReport() {
        this(Path.of(""), SarifLimits.CODE_SCANNING);
    }

    SarifReport(Path base, SarifLimits limits) {
        this.base = base;
        this.limits = limits;
    }

    @Override
    public String format() {
        return "sarif";
    }

    @Override
    public void write(Evaluation evaluation, ReportContext context, Writer out) throws IOException {
        SarifLimits within = limits;
        byte[] json = serialise(log(evaluation, context, within));
        while (gzipped(json) > within.gzippedBytes() && within.canShrink()) {
            within = within.halved();
            json = serialise(log(evaluation, context, within));
        }
        out.write(new String(json, StandardCharsets.UTF_8));
        out.flush();
    }

    SarifSchema210 log(Evaluation evaluation, ReportContext context) {
        return log(evaluation, context, limits);
    }

    private SarifSchema210 log(Evaluation evaluation, ReportContext context, SarifLimits within) {
        ToolInfo tool = context.tool();
        List<ControlResult> controls = evaluation.results();
        LinkedHashSet<ReportingDescriptor> rules = new LinkedHashSet<>();
        controls.forEach(control -> rules.add(SarifRules.rule(control)));
        PropertyBag driverProperties = new PropertyBag();
        driverProperties.setAdditionalProperty("rulePack", tool.rulePack());
        ToolComponent driver = new ToolComponent()
                .withName(tool.name())
                .withFullName(tool.name() + " — 安全基準等策定指針 対策編 (" + tool.rulePack() + ")")
                .withVersion(tool.version())
                .withInformationUri(URI.create(INFORMATION_URI))
                .withRules(rules)
                .withProperties(driverProperties);

        SarifArtifacts artifacts = new SarifArtifacts(base, evaluation.inputs());
        SarifResults factory = new SarifResults(artifacts, within);
        List<Result> results = new ArrayList<>();
        List<String> planned = new ArrayList<>();
        List<String> unlocated = new ArrayList<>();
        for (int index = 0; index < controls.size(); index++) {
            ControlResult control = controls.get(index);
            if (control.outcome() == Outcome.NOT_REVIEWED && control.item().check() == Check.PLANNED) {
                planned.add(control.id());
            } else if (included(control, context.options())) {
                factory.of(control, index, evaluation.inputs()).ifPresentOrElse(results::add,
                        () -> unlocated.add(control.id()));
            }
        }
        List<Result> kept = withinResultLimit(results, within);

        List<Notification> notifications = new ArrayList<>();
        if (!planned.isEmpty()) {
            notifications.add(notification(Notification.Level.NOTE, planned.size()
                            + " 件の管理策はまだ規則として実装されていないため未確認で、結果には含めません（一覧: kijun catalog list）。 / "
                            + planned.size() + " controls are not encoded as rules yet: not reviewed, and not results.",
                    "plannedControls", planned));
        }
        if (!unlocated.isEmpty()) {
            notifications.add(notification(Notification.Level.WARNING, "事実ファイルがないため位置を示せない管理策は結果に含めません。 / "
                    + "Controls with no facts file to point at are not results.", "unlocatedControls", unlocated));
        }
        if (factory.cutResults() > 0 || kept.size() < results.size()) {
            notifications.add(notification(Notification.Level.NOTE, "コードスキャンの上限に収めるため、" + factory.cutResults()
                            + " 件の結果で根拠の位置または理由の一部を省略し、" + (results.size() - kept.size())
                            + " 件の結果を含めていません。すべて JSON レポートにあります。 / To stay within code scanning's limits, "
                            + factory.cutResults() + " results carry only part of their facts or reasons and "
                            + (results.size() - kept.size()) + " results are left out; the JSON report has everything.",
                    "limits", limitsOf(within)));
        }

        OriginalUriBaseIds bases = new OriginalUriBaseIds();
        bases.setAdditionalProperty(SarifResults.SRCROOT, new ArtifactLocation().withDescription(new Message()
                .withText("kijun を実行したディレクトリ（CI ではリポジトリのルート） / the directory kijun ran in (the "
                        + "repository's root in CI)")));
        Run run = new Run()
                .withTool(new Tool().withDriver(driver))
                .withInvocations(List.of(new Invocation().withExecutionSuccessful(true)
                        .withToolExecutionNotifications(notifications)))
                .withLanguage("ja-JP")
                .withOriginalUriBaseIds(bases)
                .withArtifacts(artifacts.artifacts())
                .withResults(kept)
                .withProperties(runProperties(evaluation, context));
        return new SarifSchema210()
                .with$schema(URI.create(SCHEMA_URI))
                .withVersion(SarifSchema210.Version._2_1_0)
                .withRuns(List.of(run));
    }

    private static boolean included(ControlResult control, ReportOptions options) {
        Outcome outcome = control.outcome();
        if (options.omitPassing() && (outcome == Outcome.PASSED || outcome == Outcome.NOT_APPLICABLE)) {
            return false;
        }
        return !(options.omitNotReviewed() && outcome == Outcome.NOT_REVIEWED);
    }

    /** At most {@link SarifLimits#resultsPerRun()} results: the most severe first, then in catalog order. */
    private static List<Result> withinResultLimit(List<Result> results, SarifLimits within) {
        if (results.size() <= within.resultsPerRun()) {
            return results;
        }
        return results.stream()
                .sorted(Comparator.comparingInt((Result result) -> severity(result.getLevel())))
                .limit(within.resultsPerRun())
                .sorted(Comparator.comparingInt(Result::getRuleIndex))
                .toList();
    }

    private static int severity(Result.Level level) {
        return switch (level) {
            case ERROR -> 0;
            case WARNING -> 1;
            case NOTE -> 2;
            case NONE -> 3;
        };
    }

    private static Notification notification(Notification.Level level, String text, String key, Object detail) {
        PropertyBag properties = new PropertyBag();
        properties.setAdditionalProperty(key, detail);
        return new Notification().withLevel(level).withMessage(new Message().withText(text)).withProperties(properties);
    }

    private static Map<String, Object> limitsOf(SarifLimits within) {
        Map<String, Object> limits = new LinkedHashMap<>();
        limits.put("resultsPerRun", within.resultsPerRun());
        limits.put("locationsPerResult", within.locationsPerResult());
        limits.put("reasonsPerResult", within.reasonsPerResult());
        limits.put("gzippedBytes", within.gzippedBytes());
        return limits;
    }

    private static PropertyBag runProperties(Evaluation evaluation, ReportContext context) {
        PropertyBag properties = new PropertyBag();
        properties.setAdditionalProperty("asOf", evaluation.asOf().toString());
        properties.setAdditionalProperty("rulePack", context.tool().rulePack());
        if (evaluation.organisation() != null) {
            properties.setAdditionalProperty("organisation", evaluation.organisation());
        }
        properties.setAdditionalProperty("inputs", evaluation.inputs().stream()
                .map(input -> SarifResults.ordered("path", input.path(), "sha256", input.sha256())).toList());
        Map<String, Integer> summary = new LinkedHashMap<>();
        evaluation.summary().forEach((outcome, count) -> summary.put(outcome.code(), count));
        properties.setAdditionalProperty("summary", summary);
        properties.setAdditionalProperty("omitPassing", context.options().omitPassing());
        properties.setAdditionalProperty("omitNotReviewed", context.options().omitNotReviewed());
        if (context.gate() != null) {
            properties.setAdditionalProperty("gate", SarifResults.ordered("passed", context.gate().passed(),
                    "message", context.gate().line().ja()));
        }
        properties.setAdditionalProperty("notice", JsonReport.TRANSLATION_NOTICE);
        return properties;
    }

    private static byte[] serialise(SarifSchema210 log) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(1 << 16);
        WRITER.writeValue(bytes, log);
        bytes.write('\n');
        return bytes.toByteArray();
    }

    private static long gzipped(byte[] json) {
        CountingStream counter = new CountingStream();
        try (GZIPOutputStream gzip = new GZIPOutputStream(counter, 1 << 16)) {
            gzip.write(json);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return counter.count;
    }

    private static final class CountingStream extends OutputStream {
        long count;

        @Override
        public void write(int b) {
            count++;
        }

        @Override
        public void write(byte[] b, int off, int len) {
            count += len;
        }
    }

}
