package org.paperkg.extract;

import java.util.List;

/**
 * Results in Chinese text: a metric (准确率, AUROC, …) and the first number after it in the same
 * clause ("在AUROC指标上平均提升了5.7%"), or a number right before it ("95%的准确率"). 提升 / 提高 before
 * the number give it a {@code +} sign, 降低 / 下降 a {@code -}.
 */
final class ChineseResultRules {

    private static final List<String> UP = List.of("提升", "提高", "增加", "增长", "改善", "上升");
    private static final List<String> DOWN = List.of("降低", "下降", "减少", "减小");
    private static final String UNIT_CHARS = "万倍个秒分小天次层对条篇名组项";

    /** Chinese results: a metric (Chinese or Latin) and the first number after it in the clause, or "95%的准确率". */
    static void apply(Sent s, MentionCollector found) {
        String text = s.text();
        for (int i = 0; i < text.length(); i++) {
            String metric = MetricLexicon.chineseAt(text, i);
            if (metric == null) {
                Token t = tokenAt(s, i);
                if (t == null || !MetricLexicon.isMetricWord(t.text())) {
                    continue;
                }
                metric = t.text();
            }
            found.metricName(metric);
            int end = i + metric.length();
            String value = valueNear(text, i, end);
            if (value != null) {
                found.result(new ResultMention(metric, value, ResultLinks.datasetIn(s, i, found),
                        ResultLinks.methodIn(s, i, found), s.evidence()));
            }
            i = end - 1;
        }
    }

    /** The number a metric at {@code [start, end)} reports: the first after it in the clause, else one right before it. */
    static String valueNear(String text, int start, int end) {
        String value = chineseValueAfter(text, end);
        return value != null ? value : chineseValueBefore(text, start);
    }

    private static Token tokenAt(Sent s, int start) {
        for (Token t : s.tokens()) {
            if (t.start() == start) {
                return t;
            }
            if (t.start() > start) {
                return null;
            }
        }
        return null;
    }

    private static String chineseValueAfter(String text, int from) {
        for (int k = from; k < Math.min(text.length(), from + 20); k++) {
            char c = text.charAt(k);
            if (Character.isDigit(c)) {
                int end = numberEnd(text, k);
                if (text.startsWith("个百分点", end)) {
                    end += 4; // percentage points: the unit belongs to the value
                } else if (end < text.length() && UNIT_CHARS.indexOf(text.charAt(end)) >= 0) {
                    return null;
                }
                String between = text.substring(from, k);
                String number = text.substring(k, end);
                if (k > from && "+-−".indexOf(text.charAt(k - 1)) >= 0) {
                    return text.charAt(k - 1) + number;
                }
                if (ChineseText.containsAny(between, UP)) {
                    return "+" + number;
                }
                return ChineseText.containsAny(between, DOWN) ? "-" + number : number;
            }
            if (ChineseText.isClauseEnd(c) && c != ':' && c != '：') {
                return null;
            }
            if (Character.isLetter(c) && c < 128 && (k == 0 || !ChineseText.isAsciiAlnum(text.charAt(k - 1)))
                    && MetricLexicon.isMetricWord(asciiWordAt(text, k))) {
                return null; // another metric first: the number is that one's
            }
        }
        return null;
    }

    private static String chineseValueBefore(String text, int metricStart) {
        int k = metricStart;
        if (k > 0 && text.charAt(k - 1) == '的') {
            k--;
        }
        if (k == 0 || (text.charAt(k - 1) != '%' && !Character.isDigit(text.charAt(k - 1)))) {
            return null;
        }
        int start = k - 1;
        while (start > 0 && (Character.isDigit(text.charAt(start - 1)) || text.charAt(start - 1) == '.')) {
            start--;
        }
        return Character.isDigit(text.charAt(start)) ? text.substring(start, k) : null;
    }

    private static String asciiWordAt(String text, int k) {
        int end = k;
        while (end < text.length() && (ChineseText.isAsciiAlnum(text.charAt(end)) || text.charAt(end) == '-')) {
            end++;
        }
        return text.substring(k, end);
    }

    private static int numberEnd(String text, int k) {
        int end = k;
        while (end < text.length() && (Character.isDigit(text.charAt(end))
                || (text.charAt(end) == '.' && end + 1 < text.length() && Character.isDigit(text.charAt(end + 1))))) {
            end++;
        }
        return end < text.length() && (text.charAt(end) == '%' || text.charAt(end) == '％') ? end + 1 : end;
    }

    private ChineseResultRules() {
    }
}
