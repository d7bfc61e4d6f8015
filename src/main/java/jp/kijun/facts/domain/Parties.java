package jp.kijun.facts.domain;

import jp.kijun.facts.Entity;
import jp.kijun.facts.RecordedDate;
import jp.kijun.facts.model.governance.Committee;
import jp.kijun.facts.model.governance.Department;
import jp.kijun.facts.model.governance.GoverningBody;
import jp.kijun.facts.model.governance.Role;
import jp.kijun.facts.model.people.Person;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Every party of one set of facts, by id: the directory that party references resolve in. Inserted by the engine
 * once per evaluation beside a {@link Party} fact for each party.
 */
public final class Parties {

    private final Map<String, Party> byId = new LinkedHashMap<>();

    private Parties() {
    }

    /** The parties among {@code facts}: people, roles, departments, committees and governing bodies. */
    public static Parties of(Collection<?> facts) {
        Parties parties = new Parties();
        for (Object fact : facts) {
            Party party = null;
            if (fact instanceof Person person) {
                party = new Party(person.id(), Party.Kind.PERSON, People.nameAndTitle(person), person);
            } else if (fact instanceof Role role) {
                party = new Party(role.id(), Party.Kind.ROLE, role.title(), role);
            } else if (fact instanceof Department unit) {
                party = new Party(unit.id(), Party.Kind.UNIT, unit.name(), unit);
            } else if (fact instanceof Committee committee) {
                party = new Party(committee.id(), Party.Kind.COMMITTEE, committee.name(), committee);
            } else if (fact instanceof GoverningBody body) {
                party = new Party(body.id(), Party.Kind.GOVERNING_BODY, body.name(), body);
            }
            if (party != null) {
                parties.byId.putIfAbsent(party.id(), party);
            }
        }
        return parties;
    }

    /** Every party, in the order of the facts. */
    public List<Party> all() {
        return new ArrayList<>(byId.values());
    }

    /** The party with {@code id}. */
    public Optional<Party> find(String id) {
        return Optional.ofNullable(id == null ? null : byId.get(id));
    }

    /** The name of the party with {@code id}, or the id itself when it names none. */
    public String nameOf(String id) {
        return find(id).map(Party::name).orElse(id);
    }

    /**
     * Whether the party is in office on {@code date}: a person on the staff; a role held by a party in office; a unit,
     * committee or body established by then (where recorded) and not dissolved — each by the reading that does not
     * favour it.
     */
    public boolean inOffice(Party party, LocalDate date) {
        return inOffice(party, date, 0);
    }

    private boolean inOffice(Party party, LocalDate date, int depth) {
        Entity entity = party.entity();
        if (entity instanceof Person person) {
            return People.isCurrent(person, date);
        }
        if (entity instanceof Role role) {
            return depth < 5 && find(role.holder()).map(holder -> inOffice(holder, date, depth + 1)).orElse(false);
        }
        if (entity instanceof Department unit) {
            return exists(unit.establishedOn(), unit.dissolvedOn(), date);
        }
        if (entity instanceof Committee committee) {
            return exists(committee.establishedOn(), committee.dissolvedOn(), date);
        }
        if (entity instanceof GoverningBody body) {
            return exists(body.establishedOn(), body.dissolvedOn(), date);
        }
        return false;
    }

    private static boolean exists(RecordedDate established, RecordedDate dissolved, LocalDate date) {
        return (established == null || !established.latest().isAfter(date))
                && (dissolved == null || dissolved.earliest().isAfter(date));
    }
}
