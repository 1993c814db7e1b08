package org.paperkg.extract;

import java.util.ArrayList;
import java.util.List;
import org.paperkg.extract.model.Viterbi;

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

    /** 0 where {@code to} may follow {@code from}: an inside label only continues its own type. */
    private static double step(int from, int to) {
        boolean allowed = to == 0 || to % 2 == 1 // O and B-* may follow anything
                || from == to || from == to - 1; // I-X only after B-X or I-X
        return allowed ? 0 : Double.NEGATIVE_INFINITY;
    }

    private static final double[] START = new double[LABELS];
    private static final double[] END = new double[LABELS];
    private static final double[][] STEP = new double[LABELS][LABELS];

    static {
        for (int to = 0; to < LABELS; to++) {
            START[to] = step(0, to);
            for (int from = 0; from < LABELS; from++) {
                STEP[from][to] = step(from, to);
            }
        }
    }

    /** The best well-formed label sequence for {@code probs[position][label]}. */
    static int[] decode(float[][] probs) {
        return Viterbi.decode(Viterbi.scores(probs, p -> Math.log(p + 1e-9)), START, STEP, END);
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
