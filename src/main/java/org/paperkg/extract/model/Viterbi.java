package org.paperkg.extract.model;

import java.util.function.DoubleUnaryOperator;

/**
 * The Viterbi algorithm over additive log scores: the label sequence maximising the emission scores
 * of its positions plus the scores of its first label, of each step from label to label, and of its
 * last label. A score of negative infinity forbids a label or a step. Ties go to the lower label.
 */
public final class Viterbi {

    private Viterbi() {
    }

    /**
     * @param emit  per position, a log score per label
     * @param start log score of each label first
     * @param step  log score of each label after each other, {@code [previous][label]}
     * @param end   log score of each label last
     */
    public static int[] decode(double[][] emit, double[] start, double[][] step, double[] end) {
        int n = emit.length;
        int k = start.length;
        int[] out = new int[n];
        if (n == 0) {
            return out;
        }
        double[] score = new double[k];
        int[][] back = new int[n][k];
        for (int c = 0; c < k; c++) {
            score[c] = start[c] + emit[0][c];
        }
        for (int t = 1; t < n; t++) {
            double[] now = new double[k];
            for (int c = 0; c < k; c++) {
                int best = 0;
                double bestScore = Double.NEGATIVE_INFINITY;
                for (int p = 0; p < k; p++) {
                    double s = score[p] + step[p][c];
                    if (s > bestScore) {
                        bestScore = s;
                        best = p;
                    }
                }
                now[c] = bestScore + emit[t][c];
                back[t][c] = best;
            }
            score = now;
        }
        int last = 0;
        for (int c = 1; c < k; c++) {
            if (score[c] + end[c] > score[last] + end[last]) {
                last = c;
            }
        }
        out[n - 1] = last;
        for (int t = n - 1; t > 0; t--) {
            out[t - 1] = back[t][out[t]];
        }
        return out;
    }

    /** Emission scores: {@code score} applied to each position's probability of each label. */
    public static double[][] scores(float[][] probs, DoubleUnaryOperator score) {
        double[][] out = new double[probs.length][];
        for (int t = 0; t < probs.length; t++) {
            out[t] = new double[probs[t].length];
            for (int c = 0; c < probs[t].length; c++) {
                out[t][c] = score.applyAsDouble(probs[t][c]);
            }
        }
        return out;
    }
}
