package org.paperkg.extract.model;

import java.util.Arrays;
import java.util.List;

/**
 * How labels follow one another in training sequences (an abstract's sentence roles run in blocks:
 * background, then objective, method, result), as smoothed log probabilities of the first label, of
 * each label after each other, and of the last label. {@link #decode} picks the best label sequence
 * for a model's per-position probabilities with the Viterbi algorithm, so one doubtful position
 * follows its neighbours instead of jumping back and forth.
 *
 * @param weight how much the transitions count against the model's log probabilities (0 = argmax)
 * @param start  log P(first label)
 * @param next   log P(label | previous label), {@code [previous][label]}
 * @param end    log P(sequence ends | last label)
 */
public record LabelTransitions(double weight, double[] start, double[][] next, double[] end) {

    public LabelTransitions {
        if (weight < 0 || next.length != start.length || end.length != start.length) {
            throw new IllegalArgumentException("bad label transitions");
        }
        start = start.clone();
        end = end.clone();
        next = Arrays.stream(next).map(double[]::clone).toArray(double[][]::new);
    }

    /** Counts the transitions of {@code sequences} of labels in {@code [0, classes)}, add-one smoothed. */
    public static LabelTransitions count(List<int[]> sequences, int classes, double weight) {
        double[] start = ones(classes);
        double[] end = ones(classes);
        double[][] next = new double[classes][];
        double[] from = new double[classes]; // how often each label is followed by a label or the end
        for (int c = 0; c < classes; c++) {
            next[c] = ones(classes);
            from[c] = classes + 1;
        }
        double sequencesSeen = classes;
        for (int[] s : sequences) {
            if (s.length == 0) {
                continue;
            }
            sequencesSeen++;
            start[s[0]]++;
            for (int i = 1; i < s.length; i++) {
                next[s[i - 1]][s[i]]++;
                from[s[i - 1]]++;
            }
            end[s[s.length - 1]]++;
            from[s[s.length - 1]]++;
        }
        double total = Arrays.stream(from).sum();
        for (int c = 0; c < classes; c++) {
            // less the label's own log frequency: a model trained with class-balanced loss has already
            // been told how rare each label is, and counting it twice silences the rare ones
            double prior = Math.log(from[c] / total);
            start[c] = Math.log(start[c] / sequencesSeen) - prior;
            end[c] = Math.log(end[c] / from[c]);
            for (int k = 0; k < classes; k++) {
                next[k][c] = Math.log(next[k][c] / from[k]) - prior;
            }
        }
        return new LabelTransitions(weight, start, next, end);
    }

    private static double[] ones(int n) {
        double[] a = new double[n];
        Arrays.fill(a, 1);
        return a;
    }

    /** The same transitions counted with another weight. */
    public LabelTransitions withWeight(double w) {
        return new LabelTransitions(w, start, next, end);
    }

    /**
     * The label sequence maximising the sum of log probabilities plus {@code weight} times the
     * transitions' log probabilities; ties go to the lower label.
     *
     * @param probs per position, a probability per label
     */
    public int[] decode(float[][] probs) {
        double[][] weighted = new double[next.length][];
        for (int p = 0; p < next.length; p++) {
            weighted[p] = scaled(next[p]);
        }
        return Viterbi.decode(Viterbi.scores(probs, p -> Math.log(Math.max(p, 1e-12))), scaled(start), weighted,
                scaled(end));
    }

    private double[] scaled(double[] logs) {
        return Arrays.stream(logs).map(x -> weight * x).toArray();
    }
}
