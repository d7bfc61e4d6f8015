package jp.kijun.report;

/**
 * How much one SARIF upload may hold, so that code scanning accepts it at any size of estate: GitHub rejects a run
 * of more than 25,000 results, a result of more than 1,000 locations and an upload of more than 10 MB gzipped.
 * What does not fit is cut, and the log says what (see {@link SarifReport}).
 *
 * @param resultsPerRun      results in the run
 * @param locationsPerResult locations of a result: its primary location and the related ones together
 * @param reasonsPerResult   reasons kept in a result's properties (its message shows fewer)
 * @param gzippedBytes       the size of the whole log, gzipped
 */
record SarifLimits(int resultsPerRun, int locationsPerResult, int reasonsPerResult, long gzippedBytes) {

    /** GitHub code scanning's limits (docs.github.com, "SARIF results exceed limit"). */
    static final SarifLimits CODE_SCANNING = new SarifLimits(25_000, 1_000, 100, 10_000_000L);

    /** Tighter limits for a log that came out too large: half the locations and reasons per result. */
    SarifLimits halved() {
        return new SarifLimits(resultsPerRun, Math.max(1, locationsPerResult / 2), Math.max(1, reasonsPerResult / 2),
                gzippedBytes);
    }

    boolean canShrink() {
        return locationsPerResult > 1 || reasonsPerResult > 1;
    }
}
