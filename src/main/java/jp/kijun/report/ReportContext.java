package jp.kijun.report;

import jp.kijun.catalog.Language;

/**
 * What a report needs beyond the evaluation itself.
 *
 * @param tool     the tool's name and version, and the rule pack's version
 * @param language the language of console text; structured formats carry both languages
 */
public record ReportContext(ToolInfo tool, Language language) {
}
