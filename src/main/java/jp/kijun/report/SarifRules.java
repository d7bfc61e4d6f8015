package jp.kijun.report;

import com.contrastsecurity.sarif.MultiformatMessageString;
import com.contrastsecurity.sarif.PropertyBag;
import com.contrastsecurity.sarif.ReportingConfiguration;
import com.contrastsecurity.sarif.ReportingDescriptor;
import jp.kijun.catalog.Check;
import jp.kijun.catalog.Group;
import jp.kijun.catalog.Item;
import jp.kijun.catalog.Measure;
import jp.kijun.catalog.Text;
import jp.kijun.catalog.Tier;
import jp.kijun.engine.ControlResult;

import java.net.URI;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The SARIF rules ({@code reportingDescriptor}s): one per catalog control, with the guideline's text in Japanese, kijun's
 * English beside it, the tier and how the control is decided, and a link to the reference {@code kijun docs} writes.
 */
final class SarifRules {

    /** Where the generated control documentation lives; a rule's help URI is {@code BASE + measure.html#id}. */
    static final String DOCS_BASE = "https://kijun.dev/docs/controls/";

    static final String EN_MARK = "English (kijun's own translation; the Japanese is normative)";

    private static final Map<Check, Text> CHECK_LABELS = Map.of(
            Check.AUTOMATED, new Text("自動判定（構成・運用の事実から規則で判定）",
                    "automated (decided by rules from facts about practice and configuration)"),
            Check.ATTESTATION, new Text("証明（署名・日付のある証明の事実で判定）",
                    "attestation (decided from a signed, dated attestation)"),
            Check.PLANNED, new Text("未実装（規則がまだないため常に未確認）",
                    "planned (not encoded yet, always not reviewed)"));

    private SarifRules() {
    }

    static ReportingDescriptor rule(ControlResult result) {
        Item item = result.item();
        Measure measure = result.measure();
        Set<String> tags = new LinkedHashSet<>(List.of("kijun", measure.id(), measure.tier().code(), item.check().code()));
        PropertyBag properties = new PropertyBag().withTags(tags);
        properties.setAdditionalProperty("tier", measure.tier().code());
        properties.setAdditionalProperty("check", item.check().code());
        properties.setAdditionalProperty("measure", measure.id());
        properties.setAdditionalProperty("group", item.groupId());
        properties.setAdditionalProperty("titleJa", item.title().ja());
        properties.setAdditionalProperty("titleEn", item.title().en());
        if (!item.related().isEmpty()) {
            properties.setAdditionalProperty("related", item.related());
        }
        return new ReportingDescriptor()
                .withId(item.id())
                .withName(ruleName(item))
                .withShortDescription(new MultiformatMessageString().withText(item.title().ja()))
                .withFullDescription(new MultiformatMessageString().withText(fullDescription(item)))
                .withDefaultConfiguration(new ReportingConfiguration().withLevel(failureLevel(result.tier())))
                .withHelpUri(URI.create(helpUri(item, measure)))
                .withHelp(new MultiformatMessageString().withText(helpText(item, measure))
                        .withMarkdown(helpMarkdown(item, measure)))
                .withProperties(properties);
    }

    static ReportingConfiguration.Level failureLevel(Tier tier) {
        return tier == Tier.CONSIDER ? ReportingConfiguration.Level.ERROR : ReportingConfiguration.Level.WARNING;
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
        md.append("**").append(item.id()).append(" ").append(Markdown.escape(item.title().ja())).append("**\n\n");
        md.append("安全基準等策定指針 対策編 ").append(measure.heading()).append(' ')
                .append(Markdown.escape(measure.title().ja())).append("【").append(measure.tier().label().ja()).append("】");
        if (group != null && !group.implied()) {
            md.append(" › ").append(Markdown.escape(group.title().ja()));
        }
        md.append("\n\n> ・").append(Markdown.escape(item.title().ja()));
        if (item.detail() != null) {
            md.append("（").append(Markdown.escape(item.detail().ja())).append("）");
        }
        md.append("\n\n判定: ").append(CHECK_LABELS.get(item.check()).ja());
        if (item.rationale() != null) {
            md.append("  \n証明による理由: ").append(Markdown.escape(item.rationale().ja()));
        }
        if (!item.related().isEmpty()) {
            md.append("  \n関連する項目: ").append(String.join(", ", item.related()));
        }
        md.append("\n\n*").append(EN_MARK).append("*\n\n");
        md.append("NISC guideline, measure ").append(measure.heading()).append(' ')
                .append(Markdown.escape(measure.title().en())).append(" [").append(measure.tier().label().en()).append("]");
        if (group != null && !group.implied()) {
            md.append(" › ").append(Markdown.escape(group.title().en()));
        }
        md.append("\n\n> ").append(Markdown.escape(item.title().en()));
        if (item.detail() != null && item.detail().en() != null) {
            md.append(" (").append(Markdown.escape(item.detail().en())).append(")");
        }
        md.append("\n\nCheck: ").append(CHECK_LABELS.get(item.check()).en());
        if (item.rationale() != null && item.rationale().en() != null) {
            md.append("  \nWhy an attestation: ").append(Markdown.escape(item.rationale().en()));
        }
        md.append("\n\n[").append(item.id()).append("](").append(helpUri(item, measure)).append(")");
        return md.toString();
    }

    private static Group groupOf(Item item, Measure measure) {
        return measure.groups().stream().filter(group -> group.id().equals(item.groupId())).findFirst().orElse(null);
    }
}
