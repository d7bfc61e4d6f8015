package jp.kijun.engine.templates;

import jp.kijun.catalog.requirement.DesignatedParty;
import jp.kijun.engine.AsOf;
import jp.kijun.facts.FactLabels;
import jp.kijun.facts.SectionPresence;
import jp.kijun.facts.domain.Parties;
import jp.kijun.facts.domain.Party;
import jp.kijun.facts.model.governance.Role;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The template {@code designatedParty}: a role that carries the duty, held by a party — a person, a unit, a committee
 * or a body — in office on the evaluation date.
 */
public final class DesignatedParties {

    private DesignatedParties() {
    }

    public static List<Judgement> judge(DesignatedParty requirement, List<Role> roles, SectionPresence section, AsOf asOf,
                                        Parties parties) {
        String dutyJa = FactLabels.value("roles", "duties", requirement.duty(), "ja");
        String dutyEn = FactLabels.value("roles", "duties", requirement.duty(), "en");
        List<Role> candidates = roles.stream().filter(role -> role.duties().contains(requirement.duty())).toList();
        if (candidates.isEmpty()) {
            return List.of(Judgement.fail("「" + dutyJa + "」を担う役割が定められていません。",
                    "No role is assigned the duty \"" + dutyEn + "\".", section));
        }
        List<Judgement> passes = new ArrayList<>();
        List<Judgement> failures = new ArrayList<>();
        for (Role role : candidates) {
            Optional<Party> holder = parties.find(role.holder());
            if (holder.isEmpty()) {
                failures.add(Judgement.fail("「" + dutyJa + "」を担う役割「" + role.title() + "」に担当者が定められていません。",
                        "The role \"" + role.title() + "\", which has the duty \"" + dutyEn + "\", has no holder.", role));
            } else if (!parties.inOffice(holder.get(), asOf.date())) {
                failures.add(Judgement.fail("「" + dutyJa + "」を担う役割「" + role.title() + "」の担当者 " + holder.get().name()
                                + " は " + asOf.date() + " の時点で在任していません。",
                        "The holder of the role \"" + role.title() + "\" (" + dutyEn + "), " + holder.get().name()
                                + ", is not in office on " + asOf.date() + ".", role, holder.get().entity()));
            } else {
                passes.add(Judgement.pass("「" + dutyJa + "」は役割「" + role.title() + "」として " + holder.get().name()
                                + " が担っています。",
                        "The duty \"" + dutyEn + "\" is held by " + holder.get().name() + " as \"" + role.title() + "\".",
                        role, holder.get().entity()));
            }
        }
        return passes.isEmpty() ? failures : passes;
    }
}
