package jp.kijun.report;

import jp.kijun.catalog.Language;
import jp.kijun.gate.Comparison;
import jp.kijun.gate.GateVerdict;

/**
 * What a report needs beyond the evaluation itself.
 *
 * @param tool       the tool's name and version, and the rule pack's version
 * @param language   the language of console and Markdown text; structured formats carry both languages
 * @param comparison the comparison with a baseline, or {@code null} when none was given
 * @param options    format-specific choices made on the command line
 * @param settings   the profile, parameters and waivers of the run
 * @param gate       what the gate decided and why, or {@code null} when no gate was asked (tests, kijun test)
 */
public record ReportContext(ToolInfo tool, Language language, Comparison comparison, ReportOptions options,
                            RunSettings settings, GateVerdict gate) {

    public ReportContext(ToolInfo tool, Language language, Comparison comparison, ReportOptions options,
                         RunSettings settings) {
        this(tool, language, comparison, options, settings, null);
    }

    public ReportContext(ToolInfo tool, Language language, Comparison comparison, ReportOptions options) {
        this(tool, language, comparison, options, RunSettings.BASELINE, null);
    }

    public ReportContext(ToolInfo tool, Language language) {
        this(tool, language, null, ReportOptions.DEFAULTS, RunSettings.BASELINE, null);
    }

    /** The same context with the gate's verdict. */
    public ReportContext withGate(GateVerdict verdict) {
        return new ReportContext(tool, language, comparison, options, settings, verdict);
    }
}
