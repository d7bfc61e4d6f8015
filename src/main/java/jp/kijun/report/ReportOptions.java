package jp.kijun.report;

/**
 * Choices that shape particular formats.
 *
 * @param omitPassing          leave passed and not-applicable controls out of SARIF results
 * @param omitNotReviewed      leave not-reviewed controls out of SARIF results (code scanning shows them as alerts)
 * @param notReviewedAsFailure report not-reviewed controls as JUnit failures instead of skipped tests
 */
public record ReportOptions(boolean omitPassing, boolean omitNotReviewed, boolean notReviewedAsFailure) {

    public static final ReportOptions DEFAULTS = new ReportOptions(false, false, false);
}
