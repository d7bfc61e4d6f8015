package jp.kijun.report;

import com.contrastsecurity.sarif.ArtifactLocation;
import com.contrastsecurity.sarif.Location;
import com.contrastsecurity.sarif.LogicalLocation;
import com.contrastsecurity.sarif.Message;
import com.contrastsecurity.sarif.PartialFingerprints;
import com.contrastsecurity.sarif.PhysicalLocation;
import com.contrastsecurity.sarif.PropertyBag;
import com.contrastsecurity.sarif.Region;
import com.contrastsecurity.sarif.Result;
import com.contrastsecurity.sarif.Suppression;
import jp.kijun.catalog.Text;
import jp.kijun.catalog.Tier;
import jp.kijun.engine.ControlResult;
import jp.kijun.engine.Outcome;
import jp.kijun.engine.Reason;
import jp.kijun.facts.FactOrigin;
import jp.kijun.facts.InputFile;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The SARIF result of one control, as code scanning needs it.
 *
 * <ul>
 *   <li>One result per control, located at the facts it cites: the first is the primary location, the others are
 *   related locations, so that the alert is one alert however many facts fail it.</li>
 *   <li>Every location has a region (the fact's line and column). A control that cites no fact — not reviewed
 *   because nothing it needs is recorded — points at line 1 of the first facts file, where the facts it needs would
 *   be added, with a message saying so.</li>
 *   <li>A stable {@code partialFingerprints}: the control and the kind of result, so that an alert stays one alert
 *   across runs while the facts that fail it change ({@code primaryLocationLineHash} is given, so that uploaders do
 *   not derive one from the primary location's line).</li>
 *   <li>Within {@link SarifLimits}: what does not fit is counted in the result's {@code properties.cut} and its
 *   message says that the JSON report has everything.</li>
 * </ul>
 */
final class SarifResults {

    /** The uriBaseId every artifact location is relative to: the directory kijun ran in. */
    static final String SRCROOT = "%SRCROOT%";
    /** Reasons a result's message shows; its properties keep up to {@link SarifLimits#reasonsPerResult()}. */
    static final int MESSAGE_REASONS = 10;

    private static final Text NOTHING_RECORDED = new Text(
            "判断に必要な事実が記録されていません。記録を追加する事実ファイル",
            "the facts needed are not recorded; the facts file to add them to");

    private final SarifArtifacts artifacts;
    private final SarifLimits limits;
    private int cutResults;

    SarifResults(SarifArtifacts artifacts, SarifLimits limits) {
        this.artifacts = artifacts;
        this.limits = limits;
    }

    /** How many results lost facts or reasons to the limits. */
    int cutResults() {
        return cutResults;
    }

    /** The result of {@code control}, the rule at {@code ruleIndex}; empty when it has nowhere to point. */
    java.util.Optional<Result> of(ControlResult control, int ruleIndex, List<InputFile> inputs) {
        // located at the facts behind the outcome: the reasons of its most severe verdict, which come first
        List<FactOrigin> cited = new ArrayList<>(control.reasons().stream()
                .filter(reason -> reason.verdict() == control.reasons().get(0).verdict())
                .flatMap(reason -> reason.facts().stream())
                .collect(Collectors.toCollection(LinkedHashSet::new)));
        List<Location> locations = new ArrayList<>();
        if (cited.isEmpty()) {
            if (inputs.isEmpty()) {
                return java.util.Optional.empty();
            }
            locations.add(nothingRecorded(inputs.get(0)));
        } else {
            locations.add(location(cited.get(0), null));
        }
        Set<Location> related = new LinkedHashSet<>();
        int relatedShown = Math.min(Math.max(0, cited.size() - 1), limits.locationsPerResult() - 1);
        for (int i = 1; i <= relatedShown; i++) {
            related.add(location(cited.get(i), i));
        }
        int factsCut = Math.max(0, cited.size() - 1 - relatedShown);
        List<Reason> reasons = control.reasons();
        int reasonsCut = Math.max(0, reasons.size() - limits.reasonsPerResult());
        if (factsCut > 0 || reasonsCut > 0) {
            cutResults++;
        }

        Result result = new Result()
                .withRuleId(control.id())
                .withRuleIndex(ruleIndex)
                .withKind(kind(control.outcome()))
                .withLevel(level(control.outcome(), control.tier()))
                .withMessage(new Message().withText(message(control, factsCut)))
                .withLocations(locations)
                .withPartialFingerprints(fingerprints(control))
                .withProperties(properties(control, reasons.subList(0, reasons.size() - reasonsCut), factsCut,
                        reasonsCut, cited.size()));
        if (!related.isEmpty()) {
            result.setRelatedLocations(related);
        }
        if (control.outcome() == Outcome.WAIVED) {
            String ja = joined(reasons, true);
            String en = joined(reasons, false);
            Text exemption = Exemptions.describe(control).orElse(new Text(ja, en));
            PropertyBag english = new PropertyBag();
            english.setAdditionalProperty("justificationEn", exemption.en());
            result.setSuppressions(new LinkedHashSet<>(List.of(new Suppression().withKind(Suppression.Kind.EXTERNAL)
                    .withStatus(Suppression.Status.ACCEPTED).withJustification(exemption.ja()).withProperties(english))));
        }
        return java.util.Optional.of(result);
    }

    static Result.Kind kind(Outcome outcome) {
        return switch (outcome) {
            case FAILED, WAIVED, ERROR -> Result.Kind.FAIL;
            case NOT_REVIEWED -> Result.Kind.REVIEW;
            case NOT_APPLICABLE -> Result.Kind.NOT_APPLICABLE;
            case PASSED -> Result.Kind.PASS;
        };
    }

    static Result.Level level(Outcome outcome, Tier tier) {
        return switch (outcome) {
            case FAILED, WAIVED -> tier == Tier.CONSIDER ? Result.Level.ERROR : Result.Level.WARNING;
            case ERROR -> Result.Level.ERROR;
            default -> Result.Level.NONE;
        };
    }

    /** The reasons in Japanese, the first {@link #MESSAGE_REASONS} of them, and what was left out. */
    private static String message(ControlResult control, int factsCut) {
        List<Reason> reasons = control.reasons();
        String shown = DecidedWith.note(control, jp.kijun.catalog.Language.JA).strip()
                + reasons.stream().limit(MESSAGE_REASONS).map(reason -> "［" + reason.verdict().label().ja() + "］"
                        + reason.message().ja()).collect(Collectors.joining("\n"));
        StringBuilder text = new StringBuilder(shown.isEmpty() ? control.outcome().label().ja() : shown);
        if (reasons.size() > MESSAGE_REASONS || factsCut > 0) {
            text.append("\n（");
            if (reasons.size() > MESSAGE_REASONS) {
                text.append("理由 ").append(reasons.size()).append(" 件のうち ").append(MESSAGE_REASONS).append(" 件を表示");
            }
            if (factsCut > 0) {
                text.append(reasons.size() > MESSAGE_REASONS ? "、" : "").append("根拠の事実 ").append(factsCut)
                        .append(" 件は位置を省略");
            }
            text.append("。すべて JSON レポートにあります）");
        }
        return text.toString();
    }

    private static String joined(List<Reason> reasons, boolean ja) {
        return reasons.stream().map(reason -> ja ? reason.message().ja() : reason.message().en())
                .collect(Collectors.joining("\n"));
    }

    private static PartialFingerprints fingerprints(ControlResult control) {
        String identity = control.id() + "/" + kind(control.outcome()).value();
        PartialFingerprints fingerprints = new PartialFingerprints();
        fingerprints.setAdditionalProperty("primaryLocationLineHash", sha256(identity).substring(0, 16) + ":1");
        fingerprints.setAdditionalProperty("kijunControl/v1", identity);
        return fingerprints;
    }

    private static PropertyBag properties(ControlResult control, List<Reason> kept, int factsCut, int reasonsCut,
                                          int facts) {
        PropertyBag properties = new PropertyBag();
        properties.setAdditionalProperty("outcome", control.outcome().code());
        properties.setAdditionalProperty("outcomeJa", control.outcome().label().ja());
        properties.setAdditionalProperty("tier", control.tier().code());
        properties.setAdditionalProperty("messageEn", control.reasons().stream().limit(MESSAGE_REASONS)
                .map(reason -> reason.message().en()).collect(Collectors.joining("\n")));
        List<Map<String, Object>> reasons = new ArrayList<>();
        for (Reason reason : kept) {
            Map<String, Object> entry = new LinkedHashMap<>();
            entry.put("verdict", reason.verdict().code());
            entry.put("ja", reason.message().ja());
            entry.put("en", reason.message().en());
            if (reason.rule() != null) {
                entry.put("rule", reason.rule());
            }
            entry.put("facts", reason.facts().stream().limit(10).map(fact -> ordered("type", fact.type(), "id", fact.id(),
                    "source", fact.source().fileAndLine())).toList());
            reasons.add(entry);
        }
        properties.setAdditionalProperty("reasons", reasons);
        if (factsCut > 0 || reasonsCut > 0) {
            Map<String, Object> cut = new LinkedHashMap<>();
            cut.put("facts", facts);
            cut.put("factsWithoutLocation", factsCut);
            cut.put("reasons", control.reasons().size());
            cut.put("reasonsLeftOut", reasonsCut);
            cut.put("note", "code scanning's limits: the JSON report (kijun evaluate --format json) has every reason and fact");
            properties.setAdditionalProperty("cut", cut);
        }
        return properties;
    }

    private Location location(FactOrigin fact, Integer id) {
        Region region = new Region().withStartLine(Math.max(1, fact.source().line()));
        if (fact.source().column() > 0) {
            region.setStartColumn(fact.source().column());
        }
        Location location = new Location()
                .withPhysicalLocation(new PhysicalLocation().withArtifactLocation(artifacts.location(fact.source().file()))
                        .withRegion(region))
                .withLogicalLocations(new LinkedHashSet<>(List.of(new LogicalLocation().withName(fact.id())
                        .withFullyQualifiedName(fact.type() + "/" + fact.id()).withKind(fact.type()))))
                .withMessage(new Message().withText(fact.type() + " " + fact.id()));
        if (id != null) {
            location.setId(id);
        }
        return location;
    }

    private Location nothingRecorded(InputFile input) {
        ArtifactLocation artifact = artifacts.location(input.path());
        return new Location()
                .withPhysicalLocation(new PhysicalLocation().withArtifactLocation(artifact)
                        .withRegion(new Region().withStartLine(1)))
                .withMessage(new Message().withText(NOTHING_RECORDED.ja() + " / " + NOTHING_RECORDED.en()));
    }

    static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", e);
        }
    }

    /** A map that keeps the order its entries are given in ({@code Map.of} would not, from one JVM to the next). */
    static Map<String, Object> ordered(Object... keysAndValues) {
        Map<String, Object> map = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            map.put((String) keysAndValues[i], keysAndValues[i + 1]);
        }
        return map;
    }
}
