package jp.kijun.catalog;

/** An area of the guideline (ア … オ under a pillar), such as P1 組織・体制及び資源の対策. */
public record Area(String id, String pillar, String heading, Text title) {
}
