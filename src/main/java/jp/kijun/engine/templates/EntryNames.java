package jp.kijun.engine.templates;

import jp.kijun.facts.Entity;
import jp.kijun.facts.EntityFields;

import java.util.List;

/** How a message names an entry of an inventory or a register: by its name or title where it has one, else its id. */
final class EntryNames {

    private EntryNames() {
    }

    static String of(Object entry) {
        for (String field : List.of("name", "title")) {
            if (EntityFields.exists(entry.getClass(), field)) {
                List<Object> values = EntityFields.values(entry, field);
                if (!values.isEmpty()) {
                    return values.get(0).toString();
                }
            }
        }
        return entry instanceof Entity entity ? entity.id() : String.valueOf(entry);
    }
}
