package jp.kijun.report;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The registry of formats: each name makes the report of that format, and nothing else is known. */
class ReportsTest {

    @Test
    void everyNameMakesTheReportOfThatFormat() {
        assertEquals(List.of("console", "json", "sarif", "junit", "html", "markdown"), Reports.names());
        for (String name : Reports.names()) {
            assertEquals(name, Reports.named(name).orElseThrow().format());
        }
        assertTrue(Reports.named("pdf").isEmpty());
    }
}
