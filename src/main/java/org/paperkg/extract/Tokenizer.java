package org.paperkg.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Splits a sentence into tokens in one pass, without regular expressions (the extractor must stay
 * fast on any input). Words keep inner hyphens, dots, apostrophes and {@code @} ({@code Cluster-GCN},
 * {@code v1.1}, {@code NDCG@20}); a number keeps a {@code %} right after it; each Chinese character
 * is a token of its own, so a Latin name inside Chinese text comes out whole.
 */
final class Tokenizer {

    private static final String JOINERS = "-‐‑.'’_@";

    private Tokenizer() {
    }

    static List<Token> tokenize(String s) {
        List<Token> out = new ArrayList<>();
        int n = s.length();
        int i = 0;
        while (i < n) {
            char c = s.charAt(i);
            if (Character.isWhitespace(c)) {
                i++;
            } else if (isHan(c) || !Character.isLetterOrDigit(c)) {
                add(out, s, i, i + 1);
                i++;
            } else {
                int j = i + 1;
                while (j < n) {
                    char d = s.charAt(j);
                    if (isWordChar(d)) {
                        j++;
                    } else if (JOINERS.indexOf(d) >= 0 && j + 1 < n && isWordChar(s.charAt(j + 1))) {
                        j += 2;
                    } else {
                        break;
                    }
                }
                if (j < n && s.charAt(j) == '%' && Character.isDigit(s.charAt(j - 1))) {
                    j++;
                }
                add(out, s, i, j);
                i = j;
            }
        }
        return out;
    }

    static boolean isHan(char c) {
        return (c >= 0x4E00 && c <= 0x9FFF) || (c >= 0x3400 && c <= 0x4DBF) || (c >= 0xF900 && c <= 0xFAFF);
    }

    private static boolean isWordChar(char c) {
        return Character.isLetterOrDigit(c) && !isHan(c);
    }

    private static void add(List<Token> out, String s, int start, int end) {
        String text = s.substring(start, end);
        out.add(new Token(text, text.toLowerCase(Locale.ROOT), start, end));
    }
}
