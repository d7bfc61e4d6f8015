package jp.kijun.engine;

import jp.kijun.facts.model.systems.Account;
import jp.kijun.facts.model.systems.InformationSystem;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * How many user accounts one information system has — recorded, active, and active with privileges — inserted by
 * the engine as a fact of its own for every system, so that a rule that asks whether a system has active accounts
 * joins one fact per system: {@code SystemAccounts(system == $id, active > 0)}. Asked with
 * {@code accumulate} or {@code exists} over {@code Account(system == $id, isActive())}, each such rule kept a tuple
 * per account, and at 100,000 accounts those joins were most of the evaluation (docs/performance.md). Rules about
 * a particular account still match the {@code Account} facts themselves.
 *
 * @param system           the id of the information system
 * @param recorded         its accounts in the facts, whatever their status
 * @param active           those that are active ({@link Account#isActive()})
 * @param activePrivileged those that are active and privileged ({@link Account#isPrivilegedAccount()})
 */
public record SystemAccounts(String system, int recorded, int active, int activePrivileged) {

    /** The counts of every information system in {@code facts}, with zeros for a system without accounts. */
    static List<SystemAccounts> of(List<Object> facts) {
        Map<String, int[]> counts = new LinkedHashMap<>();
        for (Object fact : facts) {
            if (fact instanceof InformationSystem system) {
                counts.putIfAbsent(system.id(), new int[3]);
            }
        }
        for (Object fact : facts) {
            if (fact instanceof Account account && counts.containsKey(account.system())) {
                int[] count = counts.get(account.system());
                count[0]++;
                if ("active".equals(account.status())) {
                    count[1]++;
                    if (Boolean.TRUE.equals(account.privileged())) {
                        count[2]++;
                    }
                }
            }
        }
        List<SystemAccounts> systems = new ArrayList<>(counts.size());
        counts.forEach((system, count) -> systems.add(new SystemAccounts(system, count[0], count[1], count[2])));
        return systems;
    }
}
