package org.paperkg.extract;

import java.util.Set;

/**
 * Results in English text: a known metric with a number next to it in the same clause ("28.4 BLEU",
 * "F1 score 99.36", "accuracy to 86.7%", "48.5% improvement in NDCG@20"). A gain stated with "by" or
 * "improvement" gets a {@code +} sign, a reduction a {@code -}. The dataset and method come from
 * {@link ResultLinks}.
 */
final class ResultRules {

    private static final Set<String> SKIP_AFTER = Set.of("score", "scores", "of", "to", "is", "was", "=", ":", "by",
            "reaching", "reaches", "reached", "achieving", "achieves", "achieved", "at", "value", "values", "up",
            "improved", "improves", "increased", "(", "a", "an", "the", "new", "absolute", "average", "over",
            "about", "around", "nearly", "approximately", "rate");
    private static final Set<String> SKIP_BEFORE = Set.of("improvement", "improvements", "gain", "gains",
            "increase", "in", "of", "relative", "absolute", "point", "points", "(");

    private ResultRules() {
    }

    static void english(Sent s, MentionCollector found) {
        for (int i = 0; i < s.size(); i++) {
            Token t = s.token(i);
            String metric = null;
            String datasetFromMetric = null;
            if (MetricLexicon.isMetricWord(t.text()) && !(t.isLowerWord() && t.in(Set.of("auc", "bleu", "rouge")))) {
                metric = t.text();
            } else if (t.is("error") && i + 1 < s.size() && s.token(i + 1).is("rate")) {
                metric = s.span(i, i + 1);
            } else if (NameShapes.isNameLike(t.text()) && i + 1 < s.size() && s.token(i + 1).is("score")
                    && found.findMethod(t.text()) == null) {
                metric = s.span(i, i + 1); // "GLUE score"
                datasetFromMetric = t.text();
            }
            if (metric == null) {
                continue;
            }
            found.metricName(metric);
            String value = valueBefore(s, i);
            if (value == null) {
                value = valueAfter(s, i + 1);
            }
            if (value != null) {
                String dataset = datasetFromMetric != null ? datasetFromMetric : datasetBefore(s, i, found);
                if (dataset != null) {
                    found.dataset(dataset, DatasetRole.USED, s.evidence());
                } else {
                    dataset = ResultLinks.datasetIn(s, t.start(), found);
                }
                if (dataset != null && found.findMethod(dataset) != null) {
                    dataset = null;
                }
                found.result(new ResultMention(metric, value, dataset, ResultLinks.methodIn(s, t.start(), found), s.evidence()));
            }
        }
    }

    /**
     * "MultiNLI accuracy", "SQuAD v1.1 question answering Test F1": a name shortly before the metric,
     * in the same clause, is where it was measured. A version after the name stays with it.
     */
    private static String datasetBefore(Sent s, int metric, MentionCollector found) {
        for (int k = metric - 1; k >= 0 && metric - k <= 5; k--) {
            Token t = s.token(k);
            if (!t.isWord() || t.isNumber() || t.is("and") || t.in(WordLists.PREPOSITIONS)) {
                return null;
            }
            if (isVersion(t.text()) && k > 0 && NameShapes.isNameLike(s.token(k - 1).text())) {
                return found.findMethod(s.token(k - 1).text()) == null ? s.span(k - 1, k) : null;
            }
            if (NameShapes.isNameLike(t.text()) && !isVersion(t.text())) {
                return found.findMethod(t.text()) == null && !MetricLexicon.isMetricWord(t.text()) ? t.text() : null;
            }
        }
        return null;
    }

    private static boolean isVersion(String t) {
        return t.length() >= 2 && (t.charAt(0) == 'v' || t.charAt(0) == 'V') && Character.isDigit(t.charAt(1));
    }

    /** The value next to a metric that spans tokens {@code first..last}: before it, else after it, else null. */
    static String valueNear(Sent s, int first, int last) {
        String v = valueBefore(s, first);
        return v != null ? v : valueAfter(s, last + 1);
    }

    private static String valueBefore(Sent s, int metric) {
        int k = metric - 1;
        boolean gain = false;
        while (k >= 0 && metric - k <= 3 && s.token(k).in(SKIP_BEFORE)) {
            gain |= s.token(k).lower().startsWith("improvement") || s.token(k).lower().startsWith("gain")
                    || s.token(k).is("increase");
            k--;
        }
        if (k < 0 || !s.token(k).isNumber() || !plausible(s, k)) {
            return null;
        }
        return signed(s, k, gain);
    }

    private static String valueAfter(Sent s, int from) {
        for (int k = from; k < Math.min(s.size(), from + 6); k++) {
            Token t = s.token(k);
            if (t.is("from")) { // "perplexity from 51.3 down to 30.0": the new value
                for (int j = k + 1; j < Math.min(s.size(), k + 5); j++) {
                    if (s.token(j).is("to")) {
                        return valueAfter(s, j + 1);
                    }
                }
                return null;
            }
            if (t.isNumber()) {
                return plausible(s, k) && !(k + 1 < s.size() && s.token(k + 1).in(WordLists.UNITS)) ? signed(s, k, false) : null;
            }
            if (!t.in(SKIP_AFTER)) {
                return null;
            }
        }
        return null;
    }

    /** Percentages and decimals always; whole numbers only up to 100, so years and counts are not results. */
    private static boolean plausible(Sent s, int k) {
        String v = s.token(k).text();
        if (v.endsWith("%") || v.contains(".")) {
            return true;
        }
        try {
            return Integer.parseInt(v.replace(",", "")) <= 100;
        } catch (NumberFormatException e) {
            return false;
        }
    }

    private static String signed(Sent s, int k, boolean gain) {
        Token number = s.token(k);
        if (k > 0) {
            Token prev = s.token(k - 1);
            if ((prev.is("+") || prev.is("-") || prev.is("−")) && prev.end() == number.start()) {
                return prev.text() + number.text();
            }
        }
        boolean by = false;
        for (int j = Math.max(0, k - 3); j < k; j++) {
            by |= s.token(j).is("by");
        }
        if (by) {
            return (s.lower().contains("reduc") || s.lower().contains("decreas") ? "-" : "+") + number.text();
        }
        boolean gainOf = k > 1 && s.token(k - 1).is("of") && s.token(k - 2).in(WordLists.IMPROVEMENT_NOUNS);
        return gain || gainOf ? "+" + number.text() : number.text();
    }
}
