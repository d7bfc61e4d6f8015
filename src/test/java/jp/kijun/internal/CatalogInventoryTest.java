package jp.kijun.internal;

import jp.kijun.catalog.Catalog;
import jp.kijun.catalog.CatalogLoader;
import jp.kijun.catalog.Group;
import jp.kijun.catalog.Item;
import jp.kijun.catalog.Measure;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The catalog holds every measure, group and item of the guideline, in order, with the Japanese text verbatim:
 * it is compared with an inventory read independently from the guideline text
 * ({@code src/test/resources/guideline-inventory.tsv}).
 */
class CatalogInventoryTest {

    private static final Pattern MEASURE_ID = Pattern.compile("^[PF][1-5][a-e]?$");
    private static final Pattern GROUP_ID = Pattern.compile("^[PF][1-5][a-e]?-[1-9][0-9]*$");
    private static final Pattern ITEM_ID = Pattern.compile("^[PF][1-5][a-e]?-[1-9][0-9]*-[0-9]{2}$");

    private final Catalog catalog = CatalogLoader.shipped();

    record Row(String kind, String id, String heading, String title, String extra) {
    }

    @Test
    void catalogMatchesTheInventoryOfTheGuideline() throws IOException {
        List<Row> inventory = inventory();
        List<Row> fromCatalog = rows(catalog);
        Problems problems = new Problems();
        int n = Math.max(inventory.size(), fromCatalog.size());
        for (int i = 0; i < n; i++) {
            Row expected = i < inventory.size() ? inventory.get(i) : null;
            Row actual = i < fromCatalog.size() ? fromCatalog.get(i) : null;
            if (!Objects.equals(expected, actual)) {
                problems.add("row " + (i + 1) + ": inventory " + expected + " but catalog " + actual);
                if (expected == null || actual == null || !expected.id().equals(actual.id())) {
                    break; // the two lists are out of step; later rows would only repeat the same problem
                }
            }
        }
        problems.assertNone("catalog/inventory");
    }

    @Test
    void countsAreThoseOfTheGuideline() {
        assertEquals(24, catalog.measures().size(), "measures");
        assertEquals(67, catalog.measures().stream().mapToInt(m -> m.groups().size()).sum(), "groups");
        assertEquals(393, catalog.itemCount(), "items");
    }

    @Test
    void idsAreWellFormedUniqueAndFollowTheStructure() {
        Problems problems = new Problems();
        Set<String> seen = new HashSet<>();
        for (Measure measure : catalog.measures()) {
            problems.check(MEASURE_ID.matcher(measure.id()).matches(), "measure id " + measure.id());
            problems.check(seen.add(measure.id()), "duplicate id " + measure.id());
            problems.check(measure.id().startsWith(measure.area()), measure.id() + " is not in area " + measure.area());
            int g = 0;
            for (Group group : measure.groups()) {
                g++;
                problems.check(GROUP_ID.matcher(group.id()).matches(), "group id " + group.id());
                problems.check(group.id().equals(measure.id() + "-" + g), group.id() + " should be " + measure.id() + "-" + g);
                problems.check(seen.add(group.id()), "duplicate id " + group.id());
                int i = 0;
                for (Item item : group.items()) {
                    i++;
                    String expected = String.format("%s-%02d", group.id(), i);
                    problems.check(ITEM_ID.matcher(item.id()).matches(), "item id " + item.id());
                    problems.check(item.id().equals(expected), item.id() + " should be " + expected);
                    problems.check(seen.add(item.id()), "duplicate id " + item.id());
                    problems.check(item.title().ja() != null && !item.title().ja().isBlank(), item.id() + " has no ja title");
                    problems.check(item.title().en() != null && !item.title().en().isBlank(), item.id() + " has no en title");
                    if (item.detail() != null) {
                        problems.check(item.detail().en() != null && !item.detail().en().isBlank(), item.id() + " detail has no en");
                    }
                    if (item.check() == jp.kijun.catalog.Check.ATTESTATION) {
                        problems.check(item.rationale() != null && item.rationale().ja() != null
                                && item.rationale().en() != null, item.id() + " is attestation without a ja/en rationale");
                    }
                    for (String related : item.related()) {
                        problems.check(catalog.item(related).isPresent(), item.id() + " relates to unknown " + related);
                        problems.check(!related.equals(item.id()), item.id() + " relates to itself");
                    }
                }
            }
        }
        problems.assertNone("id");
    }

    private static List<Row> rows(Catalog catalog) {
        List<Row> rows = new ArrayList<>();
        for (Measure measure : catalog.measures()) {
            rows.add(new Row("measure", measure.id(), measure.heading(), measure.title().ja(), measure.tier().code()));
            for (Group group : measure.groups()) {
                rows.add(new Row("group", group.id(), "", group.title().ja(), ""));
                for (Item item : group.items()) {
                    rows.add(new Row("item", item.id(), "", item.title().ja(), item.detail() == null ? "" : item.detail().ja()));
                }
            }
        }
        return rows;
    }

    private static List<Row> inventory() throws IOException {
        List<Row> rows = new ArrayList<>();
        for (String line : Files.readAllLines(Path.of("src/test/resources/guideline-inventory.tsv"), StandardCharsets.UTF_8)) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] cells = line.split("\t", -1);
            rows.add(new Row(cells[0], cells[1], cells[2], cells[3], cells.length > 4 ? cells[4] : ""));
        }
        return rows;
    }
}
