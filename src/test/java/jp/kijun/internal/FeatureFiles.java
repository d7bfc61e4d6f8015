package jp.kijun.internal;

import jp.kijun.catalog.Scenario;
import jp.kijun.catalog.ScenarioIndex;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/** The shipped features as the consistency tests check them: scenarios, their tags and the outcomes they assert. */
final class FeatureFiles {

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
        return ScenarioIndex.outcomes(scenario);
    }

    static String where(Scenario scenario) {
        return scenario.feature() + ":" + scenario.line();
    }
}
