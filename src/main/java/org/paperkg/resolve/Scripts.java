package org.paperkg.resolve;

/** Character classes the key rules need. */
final class Scripts {

    private Scripts() {
    }

    /** A Chinese (Han) character: Chinese names have no spaces or case, so they fold differently. */
    static boolean isHan(char c) {
        return Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN;
    }

    static boolean hasHan(String s) {
        return s.chars().anyMatch(c -> isHan((char) c));
    }

    static boolean hasLatin(String s) {
        return s.chars().anyMatch(c -> (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'));
    }
}
