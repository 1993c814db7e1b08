package org.paperkg.extract;

/** Guesses the language of a text from its script, for the languages paper-kg reads. */
public final class Languages {

    private Languages() {
    }

    /**
     * {@code zh} when CJK ideographs are a substantial share of the text, else {@code en}.
     * Ideographs are weighed against Latin words rather than Latin letters, because one Chinese
     * character carries about as much as one English word; so a Chinese abstract full of English
     * terms stays {@code zh}, and an English abstract quoting a Chinese name stays {@code en}.
     */
    public static String detect(String text) {
        if (text == null) {
            return "en";
        }
        int ideographs = 0;
        int latinWords = 0;
        boolean inLatinWord = false;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            i += Character.charCount(cp);
            if (isIdeograph(cp)) {
                ideographs++;
                inLatinWord = false;
            } else if (isLatinLetter(cp)) {
                if (!inLatinWord) {
                    latinWords++;
                }
                inLatinWord = true;
            } else {
                inLatinWord = false;
            }
        }
        return ideographs >= 2 && ideographs >= latinWords ? "zh" : "en";
    }

    /** True for a CJK unified ideograph (basic block, extension A, compatibility). */
    public static boolean isIdeograph(int cp) {
        return Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN;
    }

    private static boolean isLatinLetter(int cp) {
        return Character.isLetter(cp) && Character.UnicodeScript.of(cp) == Character.UnicodeScript.LATIN;
    }
}
