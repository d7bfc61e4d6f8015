package jp.kijun.internal;

import com.fasterxml.jackson.databind.JsonNode;
import jp.kijun.catalog.Catalog;
import jp.kijun.catalog.CatalogLoader;
import jp.kijun.catalog.Check;
import jp.kijun.catalog.Group;
import jp.kijun.catalog.Item;
import jp.kijun.catalog.Measure;
import jp.kijun.catalog.Text;
import jp.kijun.catalog.Tier;
import jp.kijun.catalog.requirement.Expectation;
import jp.kijun.catalog.requirement.DesignatedParty;
import jp.kijun.catalog.requirement.GovernedDocument;
import jp.kijun.catalog.requirement.InventoryProperty;
import jp.kijun.catalog.requirement.PeriodicActivity;
import jp.kijun.catalog.requirement.RecordPerEvent;
import jp.kijun.catalog.requirement.Requirement;
import jp.kijun.facts.EntityFields;
import jp.kijun.facts.FactSchema;
import jp.kijun.facts.FactSection;
import jp.kijun.facts.FactSections;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What the catalog declares about how an item is decided names real things: every template's section, field, clause
 * topic, document kind, activity kind and duty is in the fact schema; every declared need names a section and a field
 * of its entries; a shared decision points at an item that is decided. A typo in a declaration would otherwise leave a
 * control silently "not reviewed".
 */
class DeclarationConsistencyTest {

    private final FactSchema schema = FactSchema.shipped();

    @Test
    void everyDeclarationOfTheShippedCatalogNamesWhatTheSchemaHas() {
        problems(CatalogLoader.shipped()).assertNone("declaration");
    }

    @Test
    void theTemplateTestCatalogIsConsistentAndABrokenDeclarationIsReported() {
        Catalog templates = CatalogLoader.load("template-catalog/");
        problems(templates).assertNone("declaration");
        Item broken = new Item("T9a-1-01", new Text("壊れた宣言", "A broken declaration"), null, Check.AUTOMATED, null,
                List.of(), null, null, List.of(),
                List.of(new InventoryProperty(null, 0, "systems", Map.of("criticality", List.of("extreme")), "lockout.treshold",
                        Expectation.of(com.fasterxml.jackson.databind.node.TextNode.valueOf("present"))),
                        new GovernedDocument(null, 0, "noSuchTopic", List.of("memo"), null)),
                List.of("sytems"), List.of(), "T1a-1-10");
        Catalog withBroken = templates.withMeasures(List.of(new Measure("T9a", "T1", "（イ）", new Text("壊れた", "Broken"),
                Tier.CONSIDER, null, null, List.of(new Group("T9a-1", new Text("壊れた", "Broken"), true, List.of(broken))))));
        List<String> found = problems(withBroken).found();
        for (String expected : List.of("systems has no field lockout.treshold", "extreme is not a code of systems.criticality",
                "'noSuchTopic' is not a code of clauseTopic", "'memo' is not a code of document.kind", "unknown section sytems",
                "decided with T1a-1-10, which is planned")) {
            org.junit.jupiter.api.Assertions.assertTrue(found.stream().anyMatch(problem -> problem.contains(expected)),
                    "expected a problem with 「" + expected + "」 in " + found);
        }
    }

    private Problems problems(Catalog catalog) {
        Problems problems = new Problems();
        catalog.items().forEach(item -> {
            boolean declares = !item.decide().isEmpty() || !item.needs().isEmpty() || item.decidedWith() != null;
            problems.check(!declares || item.check() != Check.PLANNED,
                    item.id() + " declares how it is decided but is planned; mark it automated or attestation");
            item.decide().forEach(requirement -> check(problems, item, requirement));
            for (String need : item.needs()) {
                int dot = need.indexOf('.');
                String section = dot < 0 ? need : need.substring(0, dot);
                section(problems, item, "needs", section).ifPresent(found -> {
                    if (dot > 0) {
                        field(problems, item, "needs", found, need.substring(dot + 1));
                    }
                });
            }
            item.notApplicableWhenEmpty().forEach(section -> section(problems, item, "notApplicableWhenEmpty", section)
                    .ifPresent(found -> problems.check(found.list(), item.id() + ": notApplicableWhenEmpty names "
                            + section + ", which is not a list section")));
            if (item.decidedWith() != null) {
                Optional<Item> other = catalog.item(item.decidedWith());
                problems.check(other.isPresent(), item.id() + ": decidedWith names unknown item " + item.decidedWith());
                other.ifPresent(target -> {
                    problems.check(target.check() != Check.PLANNED, item.id() + " is decided with " + target.id()
                            + ", which is planned");
                    problems.check(target.decidedWith() == null, item.id() + " is decided with " + target.id()
                            + ", which is itself decided with " + target.decidedWith() + "; name the item that decides");
                    problems.check(item.related().contains(target.id()), item.id() + " is decided with " + target.id()
                            + " and should list it in related");
                });
            }
        });
        return problems;
    }

    private void check(Problems problems, Item item, Requirement requirement) {
        String where = item.id() + " requirement " + requirement.aspect() + " (" + requirement.template() + ")";
        if (requirement instanceof GovernedDocument document) {
            if (document.topic() != null) {
                code(problems, where, "clauseTopic", document.topic());
            }
            document.kinds().forEach(kind -> code(problems, where, "document.kind", kind));
        } else if (requirement instanceof PeriodicActivity activity) {
            activity.activity().forEach(kind -> code(problems, where, "activityKind", kind));
            problems.check(!activity.activity().isEmpty(), where + ": names no activity kind");
            problems.check(activity.periodMonths() != null, where + ": periodMonths names no parameter");
        } else if (requirement instanceof DesignatedParty party) {
            code(problems, where, "duty", party.duty());
        } else if (requirement instanceof InventoryProperty inventory) {
            section(problems, item, where, inventory.section()).ifPresent(section -> {
                field(problems, item, where, section, inventory.field());
                where(problems, item, where, section, inventory.where());
                problems.check(inventory.expect() != null, where + ": no expect");
            });
        } else if (requirement instanceof RecordPerEvent event) {
            section(problems, item, where, event.section()).ifPresent(section -> {
                field(problems, item, where, section, event.record());
                where(problems, item, where, section, event.where());
                if (event.date() != null) {
                    field(problems, item, where, section, event.date());
                }
                if (event.withinDays() != null) {
                    field(problems, item, where, section, event.withinDays().to());
                    problems.check(event.deadlineFrom() != null, where + ": withinDays needs from or the event's date");
                    if (event.deadlineFrom() != null) {
                        field(problems, item, where, section, event.deadlineFrom());
                    }
                }
                problems.check(event.sinceMonths() == null || event.date() != null,
                        where + ": sinceMonths counts on the event's date; name it with date");
            });
        }
    }

    private Optional<FactSection> section(Problems problems, Item item, String where, String name) {
        Optional<FactSection> section = FactSections.named(name);
        problems.check(section.isPresent(), (where.startsWith(item.id()) ? where : item.id() + " " + where)
                + ": unknown section " + name);
        return section;
    }

    private void field(Problems problems, Item item, String where, FactSection section, String path) {
        problems.check(path != null && EntityFields.exists(section.recordType(), path),
                (where.startsWith(item.id()) ? where : item.id() + " " + where) + ": " + section.name()
                        + " has no field " + path);
    }

    private void where(Problems problems, Item item, String where, FactSection section, Map<String, List<String>> filter) {
        filter.forEach((path, values) -> {
            field(problems, item, where, section, path);
            JsonNode titles = enumTitlesOf(section, path);
            if (titles != null) {
                values.forEach(value -> problems.check(titles.has(value), where + ": " + value + " is not a code of "
                        + section.name() + "." + path));
            }
        });
    }

    private JsonNode enumTitlesOf(FactSection section, String path) {
        JsonNode type = schema.definition(section.typeName()).orElseThrow();
        JsonNode property = null;
        for (String step : path.split("\\.")) {
            property = schema.deref(type).path("properties").get(step);
            if (property == null) {
                return null;
            }
            JsonNode next = schema.deref(property);
            type = next.has("items") ? schema.deref(next.get("items")) : next;
        }
        return schema.enumTitles(property);
    }

    /** A code of the enumeration at {@code location}: a definition, then properties, separated by dots. */
    private void code(Problems problems, String where, String location, String code) {
        String[] steps = location.split("\\.");
        JsonNode node = schema.definition(steps[0]).orElse(null);
        for (int i = 1; node != null && i < steps.length; i++) {
            node = schema.deref(node).path("properties").get(steps[i]);
        }
        JsonNode titles = schema.enumTitles(node);
        problems.check(titles != null && titles.has(code), where + ": '" + code + "' is not a code of " + location);
    }
}
