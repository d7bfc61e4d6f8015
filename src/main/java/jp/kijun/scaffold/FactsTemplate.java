package jp.kijun.scaffold;

import com.fasterxml.jackson.databind.JsonNode;
import jp.kijun.facts.FactSchema;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * A starter facts file written from the fact schema: the organisation to fill in, then every other section
 * as a commented-out template whose comments say, in Japanese first, what to record in each field. Sections left
 * commented out are unknown, so their controls are not reviewed — nothing passes by default.
 */
public final class FactsTemplate {

    /** The name of the schema file written beside the facts, which the modeline points at. */
    public static final String SCHEMA_FILE = "kijun-facts.schema.json";

    private final FactSchema schema;

    public FactsTemplate(FactSchema schema) {
        this.schema = schema;
    }

    public String render() {
        StringBuilder yaml = new StringBuilder();
        yaml.append("# yaml-language-server: $schema=./").append(SCHEMA_FILE).append('\n');
        yaml.append("# kijun の事実ファイル（ひな形）。組織の構成と実務の事実を記録する。管理策の適否は書かない。\n");
        yaml.append("# kijun facts (starter). Record what exists and what happened; never whether a control is met.\n");
        yaml.append("# 記録したい区分のコメントを外して記入する。記録のない区分は「未確認」、空の一覧（例 accounts: []）は\n");
        yaml.append("# 「一つもない」を意味する。/ Uncomment a section to record it: an absent section is unknown (not\n");
        yaml.append("# reviewed); an empty list (accounts: []) says the organisation has none. Dates are ISO (2026-04-01).\n");
        yaml.append("# 評価: kijun evaluate <このフォルダ> --as-of 2026-04-01\n\n");
        yaml.append("organisation:\n");
        yaml.append("  name: （組織名を記入）            # 組織名 / Name\n");
        yaml.append("  sector: electricity              # 重要インフラ分野 / Sector: ")
                .append(enumList(schema.definition("organisation").orElseThrow().path("properties").path("sector")))
                .append('\n');
        for (Map.Entry<String, JsonNode> section : schema.sections().entrySet()) {
            if (section.getKey().equals("organisation")) {
                continue;
            }
            section(yaml, section.getKey(), section.getValue());
        }
        return yaml.toString();
    }

    private void section(StringBuilder yaml, String name, JsonNode sectionSchema) {
        JsonNode titled = sectionSchema.has("title") ? sectionSchema : schema.deref(sectionSchema);
        JsonNode type = schema.deref(sectionSchema);
        boolean list = type.has("items");
        JsonNode entry = list ? schema.deref(type.get("items")) : type;
        yaml.append("\n# ── ").append(titled.path("title").asText()).append(" / ")
                .append(titled.path("x-title-en").asText()).append(" ─────────────────────────\n");
        String description = entry.path("description").asText("");
        for (String line : wrap(description, 110)) {
            yaml.append("# ").append(line).append('\n');
        }
        yaml.append("# ").append(name).append(":\n");
        Set<String> required = new TreeSet<>();
        entry.path("required").forEach(field -> required.add(field.asText()));
        boolean first = true;
        Iterator<Map.Entry<String, JsonNode>> properties = entry.path("properties").fields();
        while (properties.hasNext()) {
            Map.Entry<String, JsonNode> property = properties.next();
            String prefix = list && first ? "#   - " : list ? "#     " : "#   ";
            first = false;
            yaml.append(prefix).append(property.getKey()).append(":");
            yaml.append(" ".repeat(Math.max(1, 26 - property.getKey().length())));
            yaml.append("# ").append(label(property.getValue(), required.contains(property.getKey()))).append('\n');
        }
    }

    private String label(JsonNode property, boolean required) {
        JsonNode titled = property.has("title") ? property : schema.deref(property);
        StringBuilder label = new StringBuilder(titled.path("title").asText());
        if (required) {
            label.append("（必須）");
        }
        label.append(" / ").append(titled.path("x-title-en").asText());
        JsonNode type = schema.deref(property);
        if (property.has("x-kijun-ref")) {
            label.append(" — ").append(property.get("x-kijun-ref").asText()).append(" の ID");
        } else if (type.has("items") && schema.enumTitles(type.get("items")) != null) {
            label.append(" — [").append(enumList(type.get("items"))).append("]");
        } else if (schema.enumTitles(property) != null) {
            label.append(" — ").append(enumList(property));
        } else if ("date".equals(FactSchema.refName(property).orElse(""))) {
            label.append(" — 2026-04-01 / 2023-02 / 2021 / 2024年度");
        } else if ("integer".equals(type.path("type").asText())) {
            label.append(" — 整数 / integer");
        }
        return label.toString();
    }

    private static String enumList(JsonNode type) {
        List<String> values = new ArrayList<>();
        JsonNode titles = jp.kijun.facts.FactSchema.shipped().enumTitles(type);
        if (titles != null) {
            titles.fields().forEachRemaining(value -> values.add(value.getKey() + "=" + value.getValue().path("ja").asText()));
        }
        return String.join(" | ", values);
    }

    private static List<String> wrap(String text, int width) {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : text.split(" ")) {
            if (line.length() + word.length() + 1 > width && line.length() > 0) {
                lines.add(line.toString());
                line.setLength(0);
            }
            if (line.length() > 0) {
                line.append(' ');
            }
            line.append(word);
        }
        if (line.length() > 0) {
            lines.add(line.toString());
        }
        return lines;
    }
}
