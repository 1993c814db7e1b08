package org.paperkg.extract;

import java.util.Set;

/**
 * A word or punctuation mark of a sentence, with its offsets in the sentence.
 *
 * @param text  the token as written
 * @param lower the token in lower case
 * @param start offset of the first character
 * @param end   offset after the last character
 */
record Token(String text, String lower, int start, int end) {

    boolean isWord() {
        return Character.isLetterOrDigit(text.charAt(0));
    }

    boolean is(String lowerText) {
        return lower.equals(lowerText);
    }

    boolean in(Set<String> lowerWords) {
        return lowerWords.contains(lower);
    }

    /** A lower-case word such as {@code state-of-the-art}: no capitals, no digits. */
    boolean isLowerWord() {
        if (!Character.isLetter(text.charAt(0))) {
            return false;
        }
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isUpperCase(c) || Character.isDigit(c) || Tokenizer.isHan(c)) {
                return false;
            }
        }
        return true;
    }

    /** A number as results are written: {@code 92.3}, {@code 5.7%}, {@code 1,500}. */
    boolean isNumber() {
        if (!Character.isDigit(text.charAt(0))) {
            return false;
        }
        int n = text.length();
        int last = text.charAt(n - 1) == '%' ? n - 1 : n;
        for (int i = 1; i < last; i++) {
            char c = text.charAt(i);
            if (!Character.isDigit(c) && c != '.' && c != ',') {
                return false;
            }
        }
        return Character.isDigit(text.charAt(last - 1));
    }
}
