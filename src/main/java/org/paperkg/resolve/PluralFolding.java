package org.paperkg.resolve;

import java.util.Set;

/**
 * Folds English plurals in name tokens, so "GATs", "ResNets" and "graph attention networks" key like
 * their singular. Conservative on purpose: a word that only looks plural ("Atlas", "loss", "Kinetics",
 * "series") stays as it is, because a wrong fold could merge two names while a missed fold only
 * leaves one name under two keys.
 */
final class PluralFolding {

    /** Words ending in s that are not plurals of a shorter word, or whose fold would read wrong. */
    private static final Set<String> KEEP = Set.of("series", "species", "news", "lens", "bayes", "means", "atlas",
            "bias", "alias", "canvas", "gas", "pandas", "chaos", "logos", "cosmos", "ethos", "pathos", "does", "goes",
            "yes", "always", "perhaps", "whereas", "across", "movies", "cookies", "pies", "ties", "lies", "dies",
            "wikipedia", "mars", "sars", "paris", "texas", "hastings", "jones", "james", "adams",
            // names that are plural as names: the metric Hits@k, whose capitals ("HITS") are never folded
            "hits");

    /** Plural endings after which "es" (not just "s") was added. */
    private static final String[] ES_ENDINGS = {"sses", "shes", "tches", "rches", "nches", "oaches", "xes", "zzes"};

    private PluralFolding() {
    }

    /**
     * The singular of one token as written. An acronym plural ({@code GATs}, {@code LSTMs}, {@code GPs})
     * loses its lower-case "s"; an all-capital token is never folded ({@code NAS}, {@code MARS}).
     */
    static String singular(String token) {
        String acronym = acronymSingular(token);
        if (acronym != null) {
            return acronym;
        }
        if (!hasLowerCase(token)) {
            return token;
        }
        return wordSingular(token);
    }

    /**
     * {@code GATs} → {@code GAT}, {@code ViTs} → {@code ViT}: at least two capitals, the last character
     * before the lower-case s a capital or digit; else {@code null}.
     */
    private static String acronymSingular(String t) {
        int n = t.length();
        if (n < 3 || t.charAt(n - 1) != 's') {
            return null;
        }
        char before = t.charAt(n - 2);
        if (!Character.isUpperCase(before) && !Character.isDigit(before)) {
            return null;
        }
        long upper = t.substring(0, n - 1).chars().filter(Character::isUpperCase).count();
        return upper >= 2 ? t.substring(0, n - 1) : null;
    }

    private static boolean hasLowerCase(String t) {
        for (int i = 0; i < t.length(); i++) {
            if (Character.isLowerCase(t.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    private static String wordSingular(String token) {
        if (token.length() < 4 || token.charAt(token.length() - 1) != 's') {
            return token;
        }
        String w = token.toLowerCase(java.util.Locale.ROOT);
        if (w.length() < 4 || !w.chars().allMatch(c -> c >= 'a' && c <= 'z') || KEEP.contains(w)
                || w.endsWith("ss") || w.endsWith("us") || w.endsWith("is") || w.endsWith("ics") || !w.endsWith("s")) {
            return token;
        }
        if (w.endsWith("ies") && w.length() > 4) {
            return token.substring(0, token.length() - 3) + "y";
        }
        return token.substring(0, token.length() - (endsWithAny(w, ES_ENDINGS) ? 2 : 1));
    }

    private static boolean endsWithAny(String w, String[] endings) {
        for (String e : endings) {
            if (w.endsWith(e)) {
                return true;
            }
        }
        return false;
    }
}
