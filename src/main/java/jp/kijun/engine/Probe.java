package jp.kijun.engine;

public record Probe(String id, int count) {}
