package jp.kijun.report;

import jp.kijun.catalog.Catalog;
import jp.kijun.catalog.Item;
import jp.kijun.catalog.Language;
import jp.kijun.catalog.Text;
import jp.kijun.gate.Change;
import jp.kijun.gate.Comparison;

import java.io.PrintWriter;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * The comparison with a baseline as people read it: regressions first, then improvements, other changes (failed
 * to not reviewed …), new and removed controls. Shared by the console report and {@code kijun diff}.
 */
public final class ComparisonText {

    private final Function<String, Optional<Text>> titles;
    private final Language lang;

    /** @param titles the title of a control by id, where known */
    public ComparisonText(Function<String, Optional<Text>> titles, Language lang) {
        this.titles = titles;
        this.lang = lang;
    }

    /** Titles from the catalog. */
    public static Function<String, Optional<Text>> titlesOf(Catalog catalog) {
        return id -> catalog.item(id).map(Item::title);
    }

    public void write(Comparison comparison, PrintWriter out) {
        out.printf("%s %s: %s %d / %s %d / %s %d / %s %d%n", t("基準との比較", "Compared with"), comparison.baseline(),
                t("悪化", "regressions"), comparison.regressions().size(),
                t("改善", "improvements"), comparison.improvements().size(),
                t("その他の変化", "other changes"), comparison.changed().size(),
                t("新規", "new controls"), comparison.added().size());
        list(t("悪化", "Regressions"), comparison.regressions(), out);
        list(t("改善", "Improvements"), comparison.improvements(), out);
        list(t("その他の変化（不合格から未確認など）", "Other changes (failed to not reviewed and the like)"),
                comparison.changed(), out);
        if (!comparison.removed().isEmpty()) {
            out.printf("%s: %s%n", t("基準にのみある管理策", "Only in the baseline"), String.join(" ", comparison.removed()));
        }
    }

    private void list(String heading, List<Change> changes, PrintWriter out) {
        if (changes.isEmpty()) {
            return;
        }
        out.printf("%s (%d)%n", heading, changes.size());
        for (Change change : changes) {
            String before = change.isNew() ? t("新規", "new") : change.before().label().in(lang);
            out.printf("  %s %s: %s → %s [%s]%n", change.id(), title(change.id()), before,
                    change.after().label().in(lang), change.tier().label().in(lang));
        }
    }

    private String title(String id) {
        return titles.apply(id).map(text -> text.in(lang)).orElse("");
    }

    private String t(String ja, String en) {
        return new Text(ja, en).in(lang);
    }
}
