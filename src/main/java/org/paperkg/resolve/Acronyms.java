package org.paperkg.resolve;

import java.util.Locale;

/** What an acronym looks like, and whether a long form spells it. */
final class Acronyms {

    private static final java.util.Set<String> SMALL_WORDS = java.util.Set.of("of", "for", "from", "and", "the",
            "to", "in", "on", "with", "by", "a", "an", "through");

    private Acronyms() {
    }

    /**
     * Whether the initials of the long form's words, small words skipped, are the acronym's letters:
     * "personalized propagation of neural predictions" for PPNP, where the looser {@link #spells} also
     * takes "propagation of neural predictions".
     */
    static boolean initialsSpell(String longForm, String acronym) {
        StringBuilder initials = new StringBuilder();
        for (String w : longForm.toLowerCase(Locale.ROOT).strip().split("[\\s\\-]+")) {
            if (!w.isEmpty() && !SMALL_WORDS.contains(w)) {
                initials.append(w.charAt(0));
            }
        }
        return initials.length() >= 2 && initials.toString().equals(letters(acronym));
    }

    /** The acronym's letters and digits, lower case, without a plural s ({@code GATs} → {@code gat}). */
    private static String letters(String acronym) {
        String letters = acronym.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]", "");
        boolean plural = acronym.endsWith("s") && letters.length() > 2;
        return plural ? letters.substring(0, letters.length() - 1) : letters;
    }

    /**
     * One word of 2 to 15 characters, no Chinese, with two capitals ({@code GAT}, {@code mIoU},
     * {@code RoBERTa}, {@code GATs}) or a capital and a digit ({@code F1}, {@code T5}).
     */
    static boolean isAcronymShaped(String s) {
        if (s == null || s.length() < 2 || s.length() > 15 || !Character.isLetterOrDigit(s.charAt(0))) {
            return false;
        }
        int upper = 0;
        boolean digit = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isWhitespace(c) || Scripts.isHan(c)) {
                return false;
            }
            upper += Character.isUpperCase(c) ? 1 : 0;
            digit |= Character.isDigit(c);
        }
        return upper >= 2 || (upper == 1 && digit);
    }

    /**
     * Whether {@code longForm} spells {@code acronym}: its letters occur in the long form in order, the
     * first at the start of the first word, and the long form has no more words than the acronym
     * could stand for (the idea of Schwartz and Hearst, 2003). "graph attention networks" spells GAT;
     * "graph neural network" does not spell GCN.
     */
    static boolean spells(String longForm, String acronym) {
        String lf = longForm.toLowerCase(Locale.ROOT).strip();
        String letters = letters(acronym);
        String[] words = lf.split("[\\s\\-]+");
        if (letters.isEmpty() || lf.isEmpty() || lf.charAt(0) != letters.charAt(0) || words.length < 2
                || words.length > Math.min(letters.length() + 5, letters.length() * 2)) {
            return false;
        }
        int at = 0;
        for (int i = 0; i < letters.length(); i++) {
            at = lf.indexOf(letters.charAt(i), i == 0 ? 0 : at + 1);
            if (at < 0) {
                return false;
            }
        }
        return true;
    }
}
