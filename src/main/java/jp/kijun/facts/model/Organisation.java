package jp.kijun.facts.model;

/** The organisation the facts describe: its name and critical infrastructure sector. */
public record Organisation(
        String name,
        String sector) {
}
