package org.paperkg.extract;

import java.util.ArrayList;
import java.util.List;

/**
 * The mention tagger's BIO labels: 0 is outside, and entity type {@code k} has begin {@code 1 + 2k}
 * and inside {@code 2 + 2k}. Decoding is Viterbi over the label probabilities with the BIO
 * constraints (an inside label only continues its own type), so spans are always well formed.
 */
final class TagScheme {

    static final int LABELS = 1 + 2 * EntityType.values().length;

    private TagScheme() {
    }

    static int begin(EntityType t) {
        return 1 + 2 * t.ordinal();
    }

    static int inside(EntityType t) {
        return 2 + 2 * t.ordinal();
    }

    private static boolean allowed(int from, int to) {
        if (to == 0 || to % 2 == 1) {
            return true; // O and B-* may follow anything
        }
        return from == to || from == to - 1; // I-X only after B-X or I-X
    }

    /** The best well-formed label sequence for {@code probs[position][label]}. */
    static int[] decode(float[][] probs) {
        int n = probs.length;
        int[] out = new int[n];
        if (n == 0) {
            return out;
        }
        double[] score = new double[LABELS];
        int[][] back = new int[n][LABELS];
        for (int y = 0; y < LABELS; y++) {
            score[y] = allowed(0, y) ? Math.log(probs[0][y] + 1e-9) : Double.NEGATIVE_INFINITY;
        }
        for (int i = 1; i < n; i++) {
            double[] next = new double[LABELS];
            for (int y = 0; y < LABELS; y++) {
                double best = Double.NEGATIVE_INFINITY;
                int arg = 0;
                for (int x = 0; x < LABELS; x++) {
                    if (allowed(x, y) && score[x] > best) {
                        best = score[x];
                        arg = x;
                    }
                }
                next[y] = best + Math.log(probs[i][y] + 1e-9);
                back[i][y] = arg;
            }
            score = next;
        }
        int y = 0;
        for (int k = 1; k < LABELS; k++) {
            if (score[k] > score[y]) {
                y = k;
            }
        }
        for (int i = n - 1; i >= 0; i--) {
            out[i] = y;
            y = back[i][y];
        }
        return out;
    }

    /** The spans of a well-formed label sequence. */
    static List<TaggedSpan> spans(int[] labels) {
        List<TaggedSpan> out = new ArrayList<>();
        int start = -1;
        EntityType type = null;
        for (int i = 0; i <= labels.length; i++) {
            int y = i < labels.length ? labels[i] : 0;
            boolean continues = type != null && y == inside(type);
            if (type != null && !continues) {
                out.add(new TaggedSpan(type, start, i));
                type = null;
            }
            if (y != 0 && y % 2 == 1) {
                type = EntityType.values()[(y - 1) / 2];
                start = i;
            }
        }
        return out;
    }

    /** Labels for tokens given spans as token ranges; overlapping spans keep the first. */
    static int[] labels(int tokens, List<TaggedSpan> spans) {
        int[] out = new int[tokens];
        for (TaggedSpan s : spans) {
            boolean free = true;
            for (int i = s.from(); i < s.to(); i++) {
                free &= out[i] == 0;
            }
            if (!free) {
                continue;
            }
            out[s.from()] = begin(s.type());
            for (int i = s.from() + 1; i < s.to(); i++) {
                out[i] = inside(s.type());
            }
        }
        return out;
    }
}
