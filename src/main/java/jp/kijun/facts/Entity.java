package jp.kijun.facts;

/** A fact listed in a section of the facts files, identified by an id unique in its section. */
public interface Entity {

    String id();

    /** The section of the facts files this entity is listed in, e.g. {@code accounts}. */
    String section();
}
