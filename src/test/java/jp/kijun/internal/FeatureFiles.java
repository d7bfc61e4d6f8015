package jp.kijun.internal;

import jp.kijun.catalog.Scenario;
import jp.kijun.catalog.ScenarioIndex;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The shipped features as the consistency tests check them: scenarios, their tags and the outcomes they assert. */
final class FeatureFiles {

    private static final Pattern OUTCOME = Pattern.compile("管理策「([^」]+)」は「([^」]+)」となる");

    final List<Scenario> scenarios;

    private FeatureFiles(List<Scenario> scenarios) {
        this.scenarios = scenarios;
    }

    static FeatureFiles read(Path root) throws IOException {
        Path folder = root.toAbsolutePath();
        return new FeatureFiles(ScenarioIndex.read(folder, folder.getParent()).all());
    }

    /** The outcomes a scenario asserts, by control id. */
    static Map<String, List<String>> outcomes(Scenario scenario) {
        Map<String, List<String>> outcomes = new LinkedHashMap<>();
        for (String step : scenario.steps()) {
            Matcher outcome = OUTCOME.matcher(step);
            if (outcome.find()) {
                outcomes.computeIfAbsent(outcome.group(1), k -> new ArrayList<>()).add(outcome.group(2));
            }
        }
        return outcomes;
    }

    static String where(Scenario scenario) {
        return scenario.feature() + ":" + scenario.line();
    }
}
