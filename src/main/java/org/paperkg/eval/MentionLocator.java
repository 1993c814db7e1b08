package org.paperkg.eval;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * Turns extracted names into predicted mentions: every occurrence of a name in the text, ignoring
 * case, is a predicted mention (gold data annotate every mention, so counting only the first would
 * cap recall for names a paper repeats). In Latin script an occurrence must not start or end inside
 * a word. When names of one type overlap (a name inside a longer name's occurrence), only the
 * longer occurrence counts, as gold mentions do not nest. A name that never occurs is one predicted
 * mention that cannot match: made-up names cost precision.
 */
final class MentionLocator {

    private MentionLocator() {
    }

    static List<Span> locate(String text, List<String> names) {
        String lower = text.toLowerCase(Locale.ROOT);
        List<Span> found = new ArrayList<>();
        int unlocated = 0;
        for (String name : names) {
            List<Span> at = occurrences(text, lower, name.toLowerCase(Locale.ROOT));
            if (at.isEmpty()) {
                unlocated++;
            }
            found.addAll(at);
        }
        found.sort(Comparator.comparingInt(Span::length).reversed().thenComparingInt(Span::start));
        List<Span> kept = new ArrayList<>();
        for (Span s : found) {
            if (kept.stream().noneMatch(k -> k.overlap(s) > 0)) {
                kept.add(s);
            }
        }
        for (int i = 0; i < unlocated; i++) {
            kept.add(Span.UNLOCATED);
        }
        return kept;
    }

    private static List<Span> occurrences(String text, String lower, String name) {
        List<Span> out = new ArrayList<>();
        if (name.isEmpty()) {
            return out;
        }
        for (int i = lower.indexOf(name); i >= 0; i = lower.indexOf(name, i + 1)) {
            int end = i + name.length();
            if (boundary(text, i - 1, i) && boundary(text, end, end - 1)) {
                out.add(new Span(i, end));
            }
        }
        return out;
    }

    /** True when position {@code outside} does not continue the word that {@code inside} belongs to. */
    private static boolean boundary(String text, int outside, int inside) {
        if (outside < 0 || outside >= text.length()) {
            return true;
        }
        char o = text.charAt(outside);
        char in = text.charAt(inside);
        boolean latinWord = Character.isLetterOrDigit(o) && Character.isLetterOrDigit(in)
                && Character.UnicodeScript.of(o) != Character.UnicodeScript.HAN
                && Character.UnicodeScript.of(in) != Character.UnicodeScript.HAN;
        return !latinWord;
    }
}
