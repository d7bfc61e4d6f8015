package jp.kijun.engine;

import org.drools.core.common.InternalWorkingMemory;
import org.drools.core.common.Memory;
import org.drools.core.common.NodeMemories;
import org.drools.core.impl.InternalRuleBase;
import org.drools.core.reteoo.AccumulateNode;
import org.drools.core.reteoo.BetaMemory;
import org.drools.core.reteoo.FromNode;
import org.drools.core.reteoo.LeftTupleNode;
import org.drools.core.reteoo.TerminalNode;
import org.kie.api.event.rule.AfterMatchFiredEvent;
import org.kie.api.event.rule.DefaultAgendaEventListener;
import org.kie.api.runtime.KieSession;

import java.util.IdentityHashMap;
import java.util.Map;
import java.util.TreeMap;

/**
 * What one evaluation did, counted rather than timed: how often each rule fired, and how many tuples the joins of
 * each rule hold once the rules have fired (left and right memories of its join, not, exists, accumulate and from
 * nodes). A cross product shows as a join holding far more tuples than the facts it joins.
 */
final class RuleNetworkStatistics implements SessionProbe {

    private final Map<String, Integer> firings = new TreeMap<>();
    private final Map<String, Integer> largestJoin = new TreeMap<>();
    private long joinTuples;

    @Override
    public void beforeFiring(KieSession session) {
        session.addEventListener(new DefaultAgendaEventListener() {
            @Override
            public void afterMatchFired(AfterMatchFiredEvent event) {
                firings.merge(event.getMatch().getRule().getName(), 1, Integer::sum);
            }
        });
    }

    @Override
    public void afterFiring(KieSession session) {
        InternalRuleBase ruleBase = (InternalRuleBase) session.getKieBase();
        NodeMemories memories = ((InternalWorkingMemory) session).getNodeMemories();
        Map<LeftTupleNode, Integer> sizes = new IdentityHashMap<>();
        for (TerminalNode[] terminals : ruleBase.getReteooBuilder().getTerminalNodes().values()) {
            for (TerminalNode terminal : terminals) {
                String rule = terminal.getRule().getName();
                terminal.visitLeftTupleNodes(node -> {
                    int size = sizes.computeIfAbsent(node, n -> tuples(memories, n));
                    largestJoin.merge(rule, size, Math::max);
                });
            }
        }
        joinTuples = sizes.values().stream().mapToLong(Integer::intValue).sum();
    }

    private static int tuples(NodeMemories memories, LeftTupleNode node) {
        Memory memory;
        try {
            memory = memories.peekNodeMemory(node);
        } catch (RuntimeException e) {
            return 0;
        }
        BetaMemory<?> beta = null;
        if (memory instanceof BetaMemory<?> betaMemory) {
            beta = betaMemory;
        } else if (memory instanceof AccumulateNode.AccumulateMemory accumulate) {
            beta = accumulate.getBetaMemory();
        } else if (memory instanceof FromNode.FromMemory from) {
            beta = from.getBetaMemory();
        }
        if (beta == null) {
            return 0;
        }
        return size(beta.getLeftTupleMemory()) + size(beta.getRightTupleMemory());
    }

    private static int size(org.drools.core.reteoo.TupleMemory memory) {
        return memory == null ? 0 : memory.size();
    }

    /** Firings by rule name. */
    Map<String, Integer> firings() {
        return firings;
    }

    /** By rule name, the tuples held by its largest join. */
    Map<String, Integer> largestJoin() {
        return largestJoin;
    }

    /** Tuples held by all joins of the network together (each node counted once). */
    long joinTuples() {
        return joinTuples;
    }

    /** Firings by rule name and the largest joins, most tuples first, for a failure message. */
    String describe(int top) {
        StringBuilder text = new StringBuilder("join tuples " + joinTuples + "; largest joins:");
        largestJoin.entrySet().stream()
                .sorted(Map.Entry.<String, Integer>comparingByValue().reversed())
                .limit(top)
                .forEach(entry -> text.append("\n  ").append(entry.getValue()).append("  ").append(entry.getKey())
                        .append(" (fired ").append(firings.getOrDefault(entry.getKey(), 0)).append(")"));
        return text.toString();
    }
}
