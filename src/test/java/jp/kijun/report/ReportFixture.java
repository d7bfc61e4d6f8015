package jp.kijun.report;

import jp.kijun.catalog.Catalog;
import jp.kijun.catalog.CatalogLoader;
import jp.kijun.catalog.Language;
import jp.kijun.catalog.ParameterCatalog;
import jp.kijun.engine.Evaluation;
import jp.kijun.engine.Evaluator;
import jp.kijun.engine.RuleBase;
import jp.kijun.facts.FactLoader;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

/**
 * The evaluation every format's golden test renders: the facts under {@code src/test/resources/reports/facts/}
 * loaded with the real loader and evaluated with the real rules on 2026-04-01. While only P1a-1-01 is encoded,
 * it fails (its basic policy is overdue for review) and every other control is not reviewed; as rules land the
 * expected files change and are regenerated ({@code -Dkijun.updateGolden=true}, see {@link GoldenFile}).
 */
public final class ReportFixture {

    public static final LocalDate AS_OF = LocalDate.of(2026, 4, 1);
    public static final Path FACTS = Path.of("src", "test", "resources", "reports", "facts");
    /** Fixed rather than read from the build, so that a version bump does not change the expected files. */
    public static final ToolInfo TOOL = new ToolInfo("kijun", "0.0.0-fixture", "kijun-nisc-taisakuhen-3 0.0.0-fixture");

    private static Evaluation evaluation;

    private ReportFixture() {
    }

    public static synchronized Evaluation evaluation() {
        if (evaluation == null) {
            try {
                Catalog catalog = CatalogLoader.shipped();
                evaluation = new Evaluator(RuleBase.shipped(), catalog)
                        .evaluate(new FactLoader().load(List.of(FACTS)), AS_OF, ParameterCatalog.shipped(catalog).defaults());
            } catch (Exception e) {
                throw new IllegalStateException("the report fixture does not evaluate", e);
            }
        }
        return evaluation;
    }

    public static ReportContext context(Language language) {
        return new ReportContext(TOOL, language);
    }
}
