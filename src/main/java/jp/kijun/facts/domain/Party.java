package jp.kijun.facts.domain;

import jp.kijun.facts.Entity;

/**
 * Who approved, owns, audits, receives a report or is responsible: a person, a role, an organisational unit, a
 * committee or a governing body, one kind of reference everywhere ({@code x-kijun-ref: parties}). The engine inserts
 * one for each such entity; rules and reports name it by {@link #name()} and cite {@link #entity()}.
 *
 * @param id     the id the facts refer to it by
 * @param kind   what it is
 * @param name   how messages name it: a person with their job title, a role with its title, a unit or body by name
 * @param entity the fact it stands for, which reasons cite
 */
public record Party(String id, Kind kind, String name, Entity entity) {

    /** What a party is. */
    public enum Kind {
        PERSON("人", "person"), ROLE("役割", "role"), UNIT("組織単位", "organisational unit"),
        COMMITTEE("委員会", "committee"), GOVERNING_BODY("会議体・機関", "governing body");

        private final String ja;
        private final String en;

        Kind(String ja, String en) {
            this.ja = ja;
            this.en = en;
        }

        public String ja() {
            return ja;
        }

        public String en() {
            return en;
        }
    }
}
