package jp.kijun.generate;

import java.util.SplittableRandom;

/** Plausible Japanese names for generated people, with the romanised form their user names are made from. */
final class Names {

    private static final String[][] SURNAMES = {
            {"佐藤", "sato"}, {"鈴木", "suzuki"}, {"高橋", "takahashi"}, {"田中", "tanaka"}, {"伊藤", "ito"},
            {"渡辺", "watanabe"}, {"山本", "yamamoto"}, {"中村", "nakamura"}, {"小林", "kobayashi"}, {"加藤", "kato"},
            {"吉田", "yoshida"}, {"山田", "yamada"}, {"佐々木", "sasaki"}, {"山口", "yamaguchi"}, {"松本", "matsumoto"},
            {"井上", "inoue"}, {"木村", "kimura"}, {"林", "hayashi"}, {"斎藤", "saito"}, {"清水", "shimizu"},
            {"山崎", "yamazaki"}, {"森", "mori"}, {"池田", "ikeda"}, {"橋本", "hashimoto"}, {"阿部", "abe"},
            {"石川", "ishikawa"}, {"前田", "maeda"}, {"藤田", "fujita"}, {"小川", "ogawa"}, {"岡田", "okada"}};

    private static final String[][] GIVEN_NAMES = {
            {"翔", "s"}, {"健", "k"}, {"誠", "m"}, {"大輔", "d"}, {"直樹", "n"}, {"拓海", "t"}, {"悠", "h"},
            {"美咲", "m"}, {"彩", "a"}, {"由美", "y"}, {"真理", "m"}, {"陽菜", "h"}, {"裕子", "y"}, {"蓮", "r"},
            {"葵", "a"}, {"亮", "r"}, {"光", "h"}, {"浩", "h"}, {"和人", "k"}, {"修", "o"}};

    private final SplittableRandom random;

    Names(SplittableRandom random) {
        this.random = random;
    }

    /** A name and the user name stem for it: {@code 田中 翔} and {@code tanaka.s}. */
    String[] next() {
        String[] surname = SURNAMES[random.nextInt(SURNAMES.length)];
        String[] given = GIVEN_NAMES[random.nextInt(GIVEN_NAMES.length)];
        return new String[] {surname[0] + " " + given[0], surname[1] + "." + given[1]};
    }
}
