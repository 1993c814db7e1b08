package org.paperkg.ground;

/** Substring search with word and number edges, on folded text. */
final class Matching {

    private Matching() {
    }

    /**
     * Where the needle occurs as a whole word: a Latin letter or digit at its edge must not touch
     * another one in the text (Chinese characters have no word edges). A plural "s" right after is
     * allowed, so "GAT" is found in "GATs". {@code -1} when absent.
     */
    static int findWord(String text, String needle) {
        int at = text.indexOf(needle);
        while (at >= 0) {
            int end = at + needle.length();
            boolean startOk = !isWordChar(needle.charAt(0)) || at == 0 || !isWordChar(text.charAt(at - 1));
            boolean endOk = !isWordChar(needle.charAt(needle.length() - 1)) || end >= text.length()
                    || !isWordChar(text.charAt(end))
                    || (text.charAt(end) == 's' && (end + 1 >= text.length() || !isWordChar(text.charAt(end + 1))));
            if (startOk && endOk) {
                return at;
            }
            at = text.indexOf(needle, at + 1);
        }
        return -1;
    }

    /** Where the number occurs on its own: no digit or decimal point right before, no digit after. */
    static int findNumber(String text, String number) {
        if (number.isEmpty()) {
            return -1;
        }
        int at = text.indexOf(number);
        while (at >= 0) {
            int end = at + number.length();
            boolean startOk = at == 0 || !(Character.isDigit(text.charAt(at - 1)) || text.charAt(at - 1) == '.'
                    && Character.isDigit(number.charAt(0)));
            boolean endOk = end >= text.length() || !(Character.isDigit(text.charAt(end))
                    || (text.charAt(end) == '.' && end + 1 < text.length() && Character.isDigit(text.charAt(end + 1))
                    && Character.isDigit(number.charAt(number.length() - 1))));
            if (startOk && endOk) {
                return at;
            }
            at = text.indexOf(number, at + 1);
        }
        return -1;
    }

    private static boolean isWordChar(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
    }
}
