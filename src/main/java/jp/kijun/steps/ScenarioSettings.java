package jp.kijun.steps;

import jp.kijun.engine.RuleFirings;

import java.nio.file.Path;
import java.util.List;

/**
 * What a run of the Japanese scenarios evaluates with, set once before Cucumber starts: the rule packs whose
 * features run (their controls and rules join the shipped ones, and their {@code features/organisations/} join the
 * shipped sample organisations), and where to record the rules that fire. The shipped features run with none.
 */
public final class ScenarioSettings {

    private static volatile List<Path> packs = List.of();
    private static volatile RuleFirings firings;

    private ScenarioSettings() {
    }

    public static void configure(List<Path> packDirectories, RuleFirings ruleFirings) {
        packs = List.copyOf(packDirectories);
        firings = ruleFirings;
    }

    static List<Path> packs() {
        return packs;
    }

    static RuleFirings firings() {
        return firings;
    }
}
