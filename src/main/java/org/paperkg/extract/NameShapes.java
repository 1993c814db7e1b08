package org.paperkg.extract;

import java.util.Locale;
import java.util.Set;

/** What a name looks like: the shape tests the rules use to tell names from ordinary words. */
final class NameShapes {

    private static final String[] SUFFIXES = {"-based", "-like", "-style", "-free", "-specific", "-level", "-wise",
        "-aware", "-guided", "-driven", "-type", "-related", "-inspired", "-powered", "'s", "’s"};
    /** Kinds of network that model names end in after a hyphen. */
    private static final Set<String> NETWORK_KINDS = Set.of("cnn", "rnn", "dnn", "gnn", "gcn", "gan", "lstm", "net",
            "nets", "network", "networks", "former", "transformer");

    private NameShapes() {
    }

    /**
     * A token that reads as a name: two capitals ({@code BERT}, {@code GATs}), a capital inside
     * ({@code SchNet}, {@code mIoU}), or letters with digits ({@code node2vec}, {@code GATv2}), in
     * any hyphen-separated part ({@code Cluster-GCN}). Not a quantity ({@code 2.2GB}, {@code 3D}),
     * not a stop word, not title case alone ({@code Semi-Supervised}).
     */
    static boolean isNameLike(String t) {
        int n = t.length();
        if (n < 2 || n > 40 || !Character.isLetterOrDigit(t.charAt(0)) || !Character.isLetterOrDigit(t.charAt(n - 1))) {
            return false;
        }
        if (isQuantity(t)) {
            return false;
        }
        int partStart = 0;
        for (int i = 0; i <= n; i++) {
            if (i == n || t.charAt(i) == '-' || t.charAt(i) == '_' || t.charAt(i) == '.') {
                if (partIsNameLike(t, partStart, i)) {
                    // the stop-word test last: it allocates, and most tokens fail the shape test first
                    return !WordLists.NOT_NAMES.contains(t.toLowerCase(Locale.ROOT));
                }
                partStart = i + 1;
            }
        }
        return false;
    }

    private static boolean partIsNameLike(String t, int from, int to) {
        int upper = 0;
        boolean letter = false;
        boolean digit = false;
        for (int i = from; i < to; i++) {
            char c = t.charAt(i);
            if (Tokenizer.isHan(c)) {
                return false;
            }
            if (Character.isUpperCase(c)) {
                upper++;
                if (i > from) {
                    return true;
                }
            }
            letter |= Character.isLetter(c);
            digit |= Character.isDigit(c);
        }
        return upper >= 2 || (letter && digit);
    }

    /**
     * A phrase that can name one dataset: a word that reads as a name ({@code SQuAD}, {@code CoNLL-2003})
     * or two capitalised words ({@code Penn Treebank}); not a description in ordinary words
     * ({@code real-world datasets}, {@code object recognition benchmarks}) nor one capitalised word,
     * which is as often a sentence's first word or a company ({@code Urban}, {@code Google}).
     */
    static boolean isDatasetName(String phrase) {
        return isDatasetName(phrase, false);
    }

    /**
     * As {@link #isDatasetName(String)}, but in a title, where every word is capitalised, capitalised
     * words say nothing ({@code RGB Images}, {@code Parallel Corpus}): only a word that reads as a name
     * does.
     */
    static boolean isDatasetName(String phrase, boolean inTitle) {
        int titled = 0;
        for (String w : phrase.split("\\s+")) {
            if (isNameLike(w)) {
                return true;
            }
            titled += isTitleCase(w) ? 1 : 0;
        }
        return !inTitle && titled >= 2;
    }

    /**
     * A name shaped like a model's: its last word ends, after a hyphen, in a kind of network
     * ({@code R-CNN}, {@code Mask R-CNN}, {@code U-Net}, {@code Bi-LSTM}, {@code Swin-Transformer}). Datasets
     * are named after what they hold, not after a network; {@code ImageNet} and {@code Tiny-ImageNet} end
     * in a word, not in a kind after a hyphen.
     */
    static boolean isModelName(String phrase) {
        int dash = phrase.lastIndexOf('-');
        if (dash <= 0 || dash == phrase.length() - 1 || phrase.indexOf(' ', dash) >= 0) {
            return false;
        }
        String kind = phrase.substring(dash + 1).toLowerCase(Locale.ROOT);
        return NETWORK_KINDS.contains(kind);
    }

    /** A number with a short unit: {@code 2.2GB}, {@code 110M}, {@code 3D}, {@code 1st}. */
    static boolean isQuantity(String t) {
        if (!Character.isDigit(t.charAt(0))) {
            return false;
        }
        int i = 0;
        while (i < t.length() && (Character.isDigit(t.charAt(i)) || t.charAt(i) == '.' || t.charAt(i) == ',')) {
            i++;
        }
        return t.length() - i <= 2;
    }

    /** A capitalised ordinary word: {@code Cora}, {@code Reddit}, {@code Transformer}. */
    static boolean isTitleCase(String t) {
        if (t.length() < 2 || !Character.isUpperCase(t.charAt(0))) {
            return false;
        }
        for (int i = 1; i < t.length(); i++) {
            char c = t.charAt(i);
            if (!Character.isLowerCase(c) && c != '-') {
                return false;
            }
        }
        return !WordLists.NOT_NAMES.contains(t.toLowerCase(Locale.ROOT));
    }

    /** The name inside a token with a suffix: {@code CNN-based} → {@code CNN}, {@code BERT's} → {@code BERT}. */
    static String trimAffix(String t) {
        for (String suffix : SUFFIXES) {
            if (t.length() > suffix.length() + 1 && t.regionMatches(true, t.length() - suffix.length(), suffix, 0,
                    suffix.length())) {
                return t.substring(0, t.length() - suffix.length());
            }
        }
        return t;
    }

    /** An acronym's singular: {@code GATs} → {@code GAT}, {@code CNNs} → {@code CNN}; others unchanged. */
    static String singular(String t) {
        int n = t.length();
        if (n < 3 || t.charAt(n - 1) != 's') {
            return t;
        }
        int upper = 0;
        for (int i = 0; i < n - 1; i++) {
            char c = t.charAt(i);
            if (Character.isUpperCase(c)) {
                upper++;
            } else if (!Character.isDigit(c) && c != '-') {
                return t;
            }
        }
        return upper >= 2 ? t.substring(0, n - 1) : t;
    }
}
