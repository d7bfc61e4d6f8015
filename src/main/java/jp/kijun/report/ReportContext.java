package jp.kijun.report;

import jp.kijun.catalog.Language;
import jp.kijun.gate.Comparison;

/**
 * What a report needs beyond the evaluation itself.
 *
 * @param tool       the tool's name and version, and the rule pack's version
 * @param language   the language of console and Markdown text; structured formats carry both languages
 * @param comparison the comparison with a baseline, or {@code null} when none was given
 * @param options    format-specific choices made on the command line
 * @param profile    the tailoring profile the evaluation used; {@value #DEFAULT_PROFILE} until profiles exist
 */
public record ReportContext(ToolInfo tool, Language language, Comparison comparison, ReportOptions options,
                            String profile) {

    /** The profile name when none is chosen: the whole guideline, untailored. */
    public static final String DEFAULT_PROFILE = "baseline";

    public ReportContext {
        profile = profile == null ? DEFAULT_PROFILE : profile;
    }

    public ReportContext(ToolInfo tool, Language language, Comparison comparison, ReportOptions options) {
        this(tool, language, comparison, options, DEFAULT_PROFILE);
    }

    public ReportContext(ToolInfo tool, Language language) {
        this(tool, language, null, ReportOptions.DEFAULTS);
    }
}
