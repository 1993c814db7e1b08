package org.paperkg.extract;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits a text into sentences. English splits after {@code . ! ?} followed by a space and a
 * capital letter or digit, and not after common abbreviations; Chinese splits after
 * {@code 。！？；} and newlines, and after a full stop written as {@code .} next to Chinese text
 * (as many Chinese abstracts are typed). Sentences come back stripped and never empty.
 */
public final class Sentences {

    private static final List<String> ABBREVIATIONS =
            List.of("e.g", "i.e", "al", "vs", "cf", "fig", "eq", "sec", "no", "resp", "approx");

    private Sentences() {
    }

    public static List<String> split(String text, String lang) {
        List<String> out = new ArrayList<>();
        if (text == null) {
            return out;
        }
        boolean zh = "zh".equals(lang);
        int start = 0;
        int n = text.length();
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            boolean end = zh ? endsChinese(text, i) : endsEnglish(text, i);
            if (end) {
                int stop = i + 1;
                // keep closing quotes and brackets with the sentence they close
                while (stop < n && "\"'”’)）」』".indexOf(text.charAt(stop)) >= 0) {
                    stop++;
                }
                add(out, text.substring(start, stop));
                start = stop;
                i = stop - 1;
            } else if (c == '\n' && !zh && isParagraphBreak(text, i)) {
                add(out, text.substring(start, i));
                start = i + 1;
            }
        }
        add(out, text.substring(Math.min(start, n)));
        return out;
    }

    private static boolean endsChinese(String s, int i) {
        char c = s.charAt(i);
        if ("。！？；!?;\n".indexOf(c) >= 0) {
            return true;
        }
        if (c != '.') {
            return false;
        }
        char prev = i > 0 ? s.charAt(i - 1) : ' ';
        char next = i + 1 < s.length() ? s.charAt(i + 1) : ' ';
        if (Character.isDigit(prev) && Character.isDigit(next)) {
            return false;
        }
        return Languages.isIdeograph(prev) || Languages.isIdeograph(next) || Character.isWhitespace(next)
                || "）)」』”".indexOf(prev) >= 0;
    }

    private static boolean endsEnglish(String s, int i) {
        char c = s.charAt(i);
        if (c != '.' && c != '!' && c != '?' && c != '。') {
            return false;
        }
        int j = i + 1;
        while (j < s.length() && "\"'”’)".indexOf(s.charAt(j)) >= 0) {
            j++;
        }
        if (j >= s.length()) {
            return true;
        }
        if (!Character.isWhitespace(s.charAt(j))) {
            return c == '。';
        }
        while (j < s.length() && Character.isWhitespace(s.charAt(j))) {
            j++;
        }
        if (j >= s.length()) {
            return true;
        }
        char next = s.charAt(j);
        boolean opens = Character.isUpperCase(next) || Character.isDigit(next) || "\"'“‘([".indexOf(next) >= 0
                || Languages.isIdeograph(next);
        return opens && (c != '.' || !afterAbbreviation(s, i));
    }

    private static boolean afterAbbreviation(String s, int dot) {
        int k = dot;
        while (k > 0 && (Character.isLetter(s.charAt(k - 1)) || s.charAt(k - 1) == '.')) {
            k--;
        }
        String word = s.substring(k, dot).toLowerCase(java.util.Locale.ROOT);
        if (word.length() == 1 && Character.isUpperCase(s.charAt(k))) {
            return true; // an initial such as "J. Smith"
        }
        return ABBREVIATIONS.contains(word);
    }

    /** A blank line, or a line break right after sentence punctuation, ends a paragraph. */
    private static boolean isParagraphBreak(String s, int i) {
        int j = i + 1;
        while (j < s.length() && (s.charAt(j) == ' ' || s.charAt(j) == '\t' || s.charAt(j) == '\r')) {
            j++;
        }
        return j < s.length() && s.charAt(j) == '\n';
    }

    private static void add(List<String> out, String sentence) {
        String s = sentence.strip();
        if (!s.isEmpty()) {
            out.add(s);
        }
    }
}
