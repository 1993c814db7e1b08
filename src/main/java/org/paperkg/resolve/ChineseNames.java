package org.paperkg.resolve;

import java.util.List;
import java.util.function.Predicate;

/**
 * Where a Chinese name starts, in text like "本文提出了一种图注意力网络（GAT）": Chinese has no spaces,
 * so the name is the longest end of the Chinese run that the paper names elsewhere, or else what
 * follows the last clear left boundary ("一种", "提出", "采用", …). Conservative: a candidate with a
 * modifier or a conjunction inside ("…机制的新型…模型", "A与B") is no name, since a wrong start would
 * make a broader or narrower thing an alias.
 */
final class ChineseNames {

    private static final List<String> BOUNDARIES = List.of("一种", "一个", "提出", "采用", "使用", "利用", "引入", "结合",
            "基于", "通过", "称为", "名为", "叫做", "本文", "我们", "了", "即", "是");
    private static final List<String> NOT_INSIDE = List.of("的", "与", "和", "及", "或", "、");
    private static final List<String> NOT_FIRST = List.of("该", "此", "这", "其", "本", "新", "所", "上述");
    private static final int MAX_LENGTH = 12;
    /** The longest Chinese name looked up among the paper's mentions. */
    private static final int MAX_KNOWN = 20;

    private ChineseNames() {
    }

    /**
     * The Chinese name that ends where {@code text} ends, or {@code null}.
     *
     * @param known whether a string is a name the paper mentions
     */
    static String nameAtEnd(String text, Predicate<String> known) {
        int start = text.length();
        while (start > 0 && Scripts.isHan(text.charAt(start - 1))) {
            start--;
        }
        String run = text.substring(start);
        if (run.length() < 2) {
            return null;
        }
        for (int from = Math.max(0, run.length() - MAX_KNOWN); from <= run.length() - 2; from++) {
            if (known.test(run.substring(from))) {
                return run.substring(from);
            }
        }
        int cut = 0;
        for (String b : BOUNDARIES) {
            int at = run.lastIndexOf(b);
            if (at >= 0) {
                cut = Math.max(cut, at + b.length());
            }
        }
        String candidate = run.substring(cut);
        if (candidate.length() < 2 || candidate.length() > MAX_LENGTH
                || NOT_INSIDE.stream().anyMatch(candidate::contains)
                || NOT_FIRST.stream().anyMatch(candidate::startsWith)) {
            return null;
        }
        return candidate;
    }

    /** Whether the whole string is Chinese, 2 to 20 characters: a Chinese name inside parentheses. */
    static boolean isChineseName(String s) {
        return s.length() >= 2 && s.length() <= 20 && s.chars().allMatch(c -> Scripts.isHan((char) c));
    }
}
