package jp.kijun.catalog.requirement;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;

import java.util.List;

/**
 * One requirement (aspect) of a catalog item that a shared requirement template decides, declared on the item under
 * {@code decide:} with the template's name and parameters. The item's control passes only when every one of its
 * requirements passes. Each template is decided once, by the rules of {@code rules/templates/}, for every item that
 * declares it; the engine inserts each declared requirement as a fact.
 */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "template")
@JsonSubTypes({
        @JsonSubTypes.Type(value = GovernedDocument.class, name = GovernedDocument.TEMPLATE),
        @JsonSubTypes.Type(value = PeriodicActivity.class, name = PeriodicActivity.TEMPLATE),
        @JsonSubTypes.Type(value = DesignatedParty.class, name = DesignatedParty.TEMPLATE),
        @JsonSubTypes.Type(value = InventoryProperty.class, name = InventoryProperty.TEMPLATE),
        @JsonSubTypes.Type(value = RecordPerEvent.class, name = RecordPerEvent.TEMPLATE)})
public sealed interface Requirement
        permits GovernedDocument, PeriodicActivity, DesignatedParty, InventoryProperty, RecordPerEvent {

    /** The control this requirement decides (set by the catalog from the item that declares it). */
    String control();

    /** The requirement's position among the item's requirements, from 1. */
    int aspect();

    /** The template's name, as written after {@code template:}. */
    String template();

    /** This requirement as declared by {@code control}, at position {@code aspect}. */
    Requirement scoped(String control, int aspect);

    /** The fact sections the requirement reads: while one is not recorded, the control is not reviewed. */
    List<String> sections();

    /** The parameters the requirement reads (their names). */
    List<String> parameters();
}
