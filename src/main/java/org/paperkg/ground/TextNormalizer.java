package org.paperkg.ground;

import java.text.Normalizer;
import java.util.Locale;

/**
 * Folds text so that what an extractor copied matches the paper however it was typeset: NFKC
 * (full-width letters, digits and punctuation become ASCII), lower case, one kind of dash, one kind
 * of quote, whitespace runs as one space, and no space next to a hyphen, a Chinese character or
 * before {@code %} (so "hyphen-\nation", "GAT - DTA" and "药物 靶点" fold like their unbroken forms).
 * {@link #withoutHyphens} folds further for line-break hyphenation and "Cluster GCN"-style variants.
 */
final class TextNormalizer {

    private TextNormalizer() {
    }

    static String normalize(String s) {
        if (s == null) {
            return "";
        }
        String n = Normalizer.normalize(s, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
        StringBuilder out = new StringBuilder(n.length());
        int i = 0;
        while (i < n.length()) {
            char c = fold(n.charAt(i));
            if (c == 0) {
                i++;
            } else if (Character.isWhitespace(c)) {
                int j = i;
                while (j < n.length() && (Character.isWhitespace(n.charAt(j)) || fold(n.charAt(j)) == 0)) {
                    j++;
                }
                char prev = out.length() > 0 ? out.charAt(out.length() - 1) : 0;
                char next = j < n.length() ? fold(n.charAt(j)) : 0;
                boolean drop = prev == 0 || next == 0 || prev == '-' || next == '-' || isHan(prev) || isHan(next)
                        || next == '%';
                if (!drop) {
                    out.append(' ');
                }
                i = j;
            } else {
                out.append(c);
                i++;
            }
        }
        return out.toString();
    }

    /** The normalized text with its hyphens taken out: "hyphen-ation" and "hyphenation" meet here. */
    static String withoutHyphens(String normalized) {
        return normalized.indexOf('-') < 0 ? normalized : normalized.replace("-", "");
    }

    /** One character folded: dashes to '-', curly quotes to straight ones, invisible marks to 0 (dropped). */
    private static char fold(char c) {
        switch (c) {
            case '\u2010', '\u2011', '\u2012', '\u2013', '\u2014', '\u2015', '\u2212', '\uFE58', '\uFE63', '\uFF0D':
                return '-';
            case '\u2018', '\u2019', '\u201A', '\u201B':
                return '\'';
            case '\u201C', '\u201D', '\u201E', '\u201F':
                return '"';
            case '\u00AD', '\u200B', '\u200C', '\u200D', '\uFEFF':
                return 0;
            default:
                return c;
        }
    }

    static boolean isHan(char c) {
        return (c >= 0x4E00 && c <= 0x9FFF) || (c >= 0x3400 && c <= 0x4DBF) || (c >= 0xF900 && c <= 0xFAFF);
    }
}
