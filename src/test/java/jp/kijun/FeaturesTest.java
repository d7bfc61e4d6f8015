package jp.kijun;

import org.junit.platform.suite.api.ConfigurationParameter;
import org.junit.platform.suite.api.IncludeEngines;
import org.junit.platform.suite.api.SelectDirectories;
import org.junit.platform.suite.api.Suite;

import static io.cucumber.junit.platform.engine.Constants.GLUE_PROPERTY_NAME;
import static io.cucumber.junit.platform.engine.Constants.PLUGIN_PROPERTY_NAME;

/**
 * Runs every Japanese feature under {@code features/}: the acceptance criteria auditors read are the rules' tests. The
 * glue of {@code jp.kijun.coverage} then fails the run when a shipped rule never fired ({@code EveryRuleFires}).
 */
@Suite
@IncludeEngines("cucumber")
@SelectDirectories("features")
@ConfigurationParameter(key = GLUE_PROPERTY_NAME, value = "jp.kijun.steps,jp.kijun.coverage")
@ConfigurationParameter(key = PLUGIN_PROPERTY_NAME, value = "summary")
class FeaturesTest {
}
