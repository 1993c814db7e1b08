package org.paperkg.source;

import java.util.List;

/** Joins PDF lines back into running text. */
final class PdfText {

    private PdfText() {
    }

    /**
     * Lines joined with spaces, mending words hyphenated at a line break ("ingre-" + "dient"). A hyphen
     * is kept when the continuation is itself hyphenated ("state-" + "of-the-art") or is not lower case.
     * Lines of Chinese or Japanese text join without a space.
     */
    static String join(List<String> lines) {
        StringBuilder sb = new StringBuilder();
        for (String l : lines) {
            String line = l.strip();
            if (line.isEmpty()) {
                continue;
            }
            boolean hyphenEnd = sb.length() > 0 && sb.charAt(sb.length() - 1) == '-';
            if (hyphenEnd && brokenWord(sb) && mendable(line)) {
                sb.setLength(sb.length() - 1);
            } else if (sb.length() > 0 && !hyphenEnd && !(isCjk(sb.charAt(sb.length() - 1)) && isCjk(line.charAt(0)))) {
                sb.append(' ');
            }
            sb.append(line);
        }
        return sb.toString();
    }

    /** Chinese and Japanese lines join without a space; a line break there is not a word break. */
    private static boolean isCjk(char c) {
        Character.UnicodeBlock b = Character.UnicodeBlock.of(c);
        return Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN
                || b == Character.UnicodeBlock.CJK_SYMBOLS_AND_PUNCTUATION
                || b == Character.UnicodeBlock.HALFWIDTH_AND_FULLWIDTH_FORMS
                || b == Character.UnicodeBlock.HIRAGANA || b == Character.UnicodeBlock.KATAKANA;
    }

    private static boolean brokenWord(StringBuilder sb) {
        return sb.length() >= 2 && Character.isLowerCase(sb.charAt(sb.length() - 2));
    }

    private static boolean mendable(String next) {
        int space = next.indexOf(' ');
        String firstWord = space < 0 ? next : next.substring(0, space);
        return Character.isLowerCase(next.charAt(0)) && firstWord.indexOf('-') < 0;
    }
}
