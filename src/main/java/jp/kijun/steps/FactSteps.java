package jp.kijun.steps;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.cucumber.datatable.DataTable;
import io.cucumber.java.ja.もし;
import io.cucumber.java.ja.前提;
import jp.kijun.facts.FactSection;
import jp.kijun.facts.FactSections;
import jp.kijun.facts.FactVocabulary;

import java.util.List;
import java.util.Map;

/**
 * Japanese steps that start from a sample organisation and change its facts, speaking the schema's Japanese
 * labels: 「利用者アカウント」 for {@code accounts}, 「種別」 for {@code kind}, 「共用」 for {@code shared}.
 */
public final class FactSteps {

    private final ScenarioWorld world;

    public FactSteps(ScenarioWorld world) {
        this.world = world;
    }

    @前提("^「([^」]+)」の事実から始める$")
    public void startFrom(String organisation) throws Exception {
        world.startFrom(organisation);
    }

    @もし("^「([^」]+)」に次の行を追加する:?$")
    public void addRows(String sectionTitle, DataTable table) {
        String section = section(sectionTitle);
        JsonNode existing = world.facts.get(section);
        ArrayNode rows = existing instanceof ArrayNode array ? array : world.facts.putArray(section);
        for (Map<String, String> row : table.asMaps()) {
            ObjectNode entry = rows.addObject();
            row.forEach((header, text) -> {
                if (text != null) {
                    set(entry, section, header, text);
                }
            });
        }
    }

    @もし("^「([^」]+)」の「([^」]+)」の「([^」]+)」を「([^」]*)」にする$")
    public void setField(String sectionTitle, String id, String field, String value) {
        String section = section(sectionTitle);
        set(entity(section, id), section, field, value);
    }

    @もし("^「([^」]+)」の「([^」]+)」を「([^」]*)」にする$")
    public void setSingletonField(String sectionTitle, String field, String value) {
        String section = section(sectionTitle);
        JsonNode node = world.facts.get(section);
        if (!(node instanceof ObjectNode object)) {
            throw new AssertionError("「" + sectionTitle + "」 is not a single object; name the entry: 「"
                    + sectionTitle + "」の「ID」の「" + field + "」を…");
        }
        set(object, section, field, value);
    }

    @もし("^「([^」]+)」の「([^」]+)」の「([^」]+)」を削除する$")
    public void removeField(String sectionTitle, String id, String field) {
        String section = section(sectionTitle);
        FactVocabulary.Field resolved = field(section, field);
        ObjectNode parent = entity(section, id);
        List<String> path = resolved.path();
        for (String name : path.subList(0, path.size() - 1)) {
            parent = (ObjectNode) parent.get(name);
            if (parent == null) {
                return;
            }
        }
        parent.remove(path.get(path.size() - 1));
    }

    @もし("^「([^」]+)」から「([^」]+)」を削除する$")
    public void removeEntity(String sectionTitle, String id) {
        String section = section(sectionTitle);
        ArrayNode rows = (ArrayNode) world.facts.get(section);
        for (int i = 0; i < rows.size(); i++) {
            if (id.equals(rows.get(i).path("id").asText())) {
                rows.remove(i);
                return;
            }
        }
        throw new AssertionError("no entry 「" + id + "」 in 「" + sectionTitle + "」");
    }

    @もし("^「([^」]+)」を空にする$")
    public void emptySection(String sectionTitle) {
        world.facts.putArray(section(sectionTitle));
    }

    @もし("^「([^」]+)」の記録がない$")
    public void removeSection(String sectionTitle) {
        world.facts.remove(section(sectionTitle));
    }

    @もし("^パラメータ「([^」]+)」を「([^」]*)」にする$")
    public void setParameter(String name, String value) {
        world.definitions.put(name, value);
    }

    private void set(ObjectNode entry, String section, String header, String text) {
        FactVocabulary.Field field = field(section, header);
        ObjectNode parent = entry;
        List<String> path = field.path();
        for (String name : path.subList(0, path.size() - 1)) {
            JsonNode child = parent.get(name);
            parent = child instanceof ObjectNode object ? object : parent.putObject(name);
        }
        parent.set(path.get(path.size() - 1), world.vocabulary.value(field, text));
    }

    private FactVocabulary.Field field(String section, String header) {
        return world.vocabulary.field(section, header).orElseThrow(() -> new AssertionError(
                "「" + header + "」 is not a field of " + section + "; expected one of " + world.vocabulary.fieldTitles(section)));
    }

    private ObjectNode entity(String section, String id) {
        JsonNode rows = world.facts.get(section);
        if (rows != null) {
            for (JsonNode row : rows) {
                if (id.equals(row.path("id").asText())) {
                    return (ObjectNode) row;
                }
            }
        }
        throw new AssertionError("no entry 「" + id + "」 in " + section);
    }

    private String section(String title) {
        return world.vocabulary.section(title).orElseThrow(() -> new AssertionError("「" + title
                + "」 is not a section of the facts; expected one of the schema's section titles, e.g. "
                + FactSections.all().stream().map(FactSection::name).toList()));
    }
}
