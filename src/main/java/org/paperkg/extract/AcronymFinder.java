package org.paperkg.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Finds "Long Form (ACR)" in English sentences. The long form is the shortest run of words before
 * the parenthesis whose letters spell the acronym in order, the acronym's first letter starting a
 * word (the approach of Schwartz and Hearst, 2003).
 */
final class AcronymFinder {

    private static final java.util.Set<String> SMALL_WORDS = java.util.Set.of("of", "for", "from", "and", "the",
            "to", "in", "on", "with", "by", "a");

    private AcronymFinder() {
    }

    static List<AcronymDef> find(Sent s) {
        List<AcronymDef> out = new ArrayList<>();
        for (int i = 1; i + 2 < s.size(); i++) {
            if (s.token(i).is("(") && s.token(i + 2).is(")") && isAcronymShaped(s.token(i + 1).text())) {
                AcronymDef def = define(s, i);
                if (def != null) {
                    out.add(def);
                }
            }
        }
        return out;
    }

    static boolean isAcronymShaped(String t) {
        if (t.length() < 2 || t.length() > 15 || !Character.isLetter(t.charAt(0))) {
            return false;
        }
        int upper = 0;
        for (int i = 0; i < t.length(); i++) {
            upper += Character.isUpperCase(t.charAt(i)) ? 1 : 0;
        }
        return upper >= 2 || (upper == 1 && Character.isUpperCase(t.charAt(0)) && NameShapes.isNameLike(t));
    }

    private static AcronymDef define(Sent s, int open) {
        String written = s.token(open + 1).text();
        String acronym = NameShapes.singular(written);
        String letters = acronym.replaceAll("[^A-Za-z0-9]", "").toLowerCase(Locale.ROOT);
        int maxWords = Math.min(letters.length() + 5, letters.length() * 2);
        int first = open;
        int words = 0;
        while (first > 0 && words < maxWords) {
            Token t = s.token(first - 1);
            if (!t.isWord()) {
                break;
            }
            first--;
            words++;
        }
        if (words == 0) {
            return null;
        }
        int firstToken = initialsStart(s, first, open, letters);
        if (firstToken < 0) {
            String candidate = s.text().substring(s.token(first).start(), s.token(open - 1).end());
            int startChar = matchStart(candidate.toLowerCase(Locale.ROOT), letters);
            if (startChar < 0) {
                return null;
            }
            firstToken = first;
            while (s.token(firstToken).start() - s.token(first).start() < startChar) {
                firstToken++;
            }
        }
        String longForm = s.span(firstToken, open - 1);
        String firstWord = s.token(firstToken).lower();
        if (WordLists.NOT_NAMES.contains(firstWord) || longForm.equalsIgnoreCase(acronym)
                || longForm.length() <= acronym.length()) {
            return null;
        }
        return new AcronymDef(longForm, acronym, firstToken, open + 2, s.token(open - 1).lower());
    }

    /**
     * The first token of a long form whose words' initials spell the acronym exactly, small words
     * ("of", "for", "from", "and", "the") allowed between: "personalized propagation of neural
     * predictions (PPNP)". {@code -1} when there is none; the letter match then decides.
     */
    private static int initialsStart(Sent s, int first, int open, String letters) {
        int a = letters.length() - 1;
        for (int k = open - 1; k >= first && a >= 0; k--) {
            Token t = s.token(k);
            if (t.lower().charAt(0) == letters.charAt(a)) {
                a--;
                if (a < 0) {
                    return k;
                }
            } else if (!SMALL_WORDS.contains(t.lower())) {
                return -1;
            }
        }
        return -1;
    }

    /**
     * Where the long form starts in {@code text}: letters of the acronym are matched right to left,
     * the first one at a word start. {@code -1} when the text does not spell the acronym.
     */
    private static int matchStart(String text, String letters) {
        int l = text.length() - 1;
        for (int a = letters.length() - 1; a >= 0; a--) {
            char c = letters.charAt(a);
            while (l >= 0 && (text.charAt(l) != c || (a == 0 && l > 0 && Character.isLetterOrDigit(text.charAt(l - 1))))) {
                l--;
            }
            if (l < 0) {
                return -1;
            }
            l--;
        }
        int start = l + 1;
        while (start > 0 && Character.isLetterOrDigit(text.charAt(start - 1))) {
            start--;
        }
        return start;
    }
}
