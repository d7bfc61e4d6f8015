package jp.kijun.engine.templates;

import java.util.ArrayList;
import java.util.List;

/** What is wrong with one piece of evidence, gathered in Japanese and English and joined into one sentence. */
final class Problems {

    private final List<String> ja = new ArrayList<>();
    private final List<String> en = new ArrayList<>();

    void add(String japanese, String english) {
        ja.add(japanese);
        en.add(english);
    }

    boolean isEmpty() {
        return ja.isEmpty();
    }

    /** The problems joined: 「承認者の記録がなく、承認日の記録がありません」 is said as 「承認者の記録がありません。承認日の記録がありません」. */
    String ja() {
        return String.join("。", ja);
    }

    String en() {
        return String.join("; ", en);
    }
}
