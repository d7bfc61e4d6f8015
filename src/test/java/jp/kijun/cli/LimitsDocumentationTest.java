package jp.kijun.cli;

import jp.kijun.facts.InputLimits;
import org.junit.jupiter.api.Test;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertTrue;

/** The limits' defaults are written in two places for people — the help and the README — and must be the real ones. */
class LimitsDocumentationTest {

    @Test
    void theHelpAndTheReadmeGiveEveryLimitWithItsDefault() throws Exception {
        StringWriter help = new StringWriter();
        Kijun.run(new PrintWriter(help), new PrintWriter(new StringWriter()), "evaluate", "--help");
        String helpText = help.toString().replaceAll("\\s+", " ");
        String readme = Files.readString(Path.of("README.md"), StandardCharsets.UTF_8);
        for (Map.Entry<String, String> limit : InputLimits.defaults().byName().entrySet()) {
            assertTrue(helpText.contains(limit.getKey() + "=" + limit.getValue()), "help lacks " + limit);
            assertTrue(readme.contains("| `" + limit.getKey() + "` | `" + limit.getValue() + "` |"), "README lacks " + limit);
        }
    }
}
