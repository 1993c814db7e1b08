package org.paperkg.extract.model;

import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import java.util.List;

/**
 * Pads sequences of feature rows into the network's three input arrays: ids {@code (B,T,F)}, feature
 * weights {@code (B,T,F)} (see {@link NetConfig#featureWeight}) and the
 * position mask {@code (B,T)}.
 */
final class SequenceBatch {

    private SequenceBatch() {
    }

    static NDList inputs(NDManager manager, NetConfig config, List<int[][]> sequences) {
        int b = sequences.size();
        int t = 1;
        int f = 1;
        for (int[][] s : sequences) {
            t = Math.max(t, s.length);
            for (int[] row : s) {
                f = Math.max(f, row.length);
            }
        }
        long[] ids = new long[b * t * f];
        float[] weights = new float[b * t * f];
        float[] mask = new float[b * t];
        for (int i = 0; i < b; i++) {
            int[][] s = sequences.get(i);
            for (int p = 0; p < s.length; p++) {
                mask[i * t + p] = 1f;
                int[] row = s[p];
                int base = (i * t + p) * f;
                for (int k = 0; k < row.length; k++) {
                    ids[base + k] = row[k];
                    weights[base + k] = config.featureWeight(row.length);
                }
            }
        }
        return new NDList(manager.create(ids, new Shape(b, t, f)), manager.create(weights, new Shape(b, t, f)),
                manager.create(mask, new Shape(b, t)));
    }

    /**
     * Per head: labels {@code (B,T)} and loss weights {@code (B,T)}: 0 for padding and unlabelled heads,
     * else the class's weight ({@code classWeights[head][class]}, or 1 when {@code classWeights} is null).
     */
    static NDList labels(NDManager manager, List<SequenceExample> examples, float[][] classWeights) {
        int heads = examples.get(0).labels().length;
        int b = examples.size();
        int t = 1;
        for (SequenceExample e : examples) {
            t = Math.max(t, e.features().length);
        }
        NDList out = new NDList();
        for (int h = 0; h < heads; h++) {
            long[] labels = new long[b * t];
            float[] weights = new float[b * t];
            for (int i = 0; i < b; i++) {
                int[] l = examples.get(i).labels()[h];
                if (l == null) {
                    continue;
                }
                for (int p = 0; p < l.length; p++) {
                    labels[i * t + p] = l[p];
                    weights[i * t + p] = classWeights == null ? 1f : classWeights[h][l[p]];
                }
            }
            out.add(manager.create(labels, new Shape(b, t)));
            out.add(manager.create(weights, new Shape(b, t)));
        }
        return out;
    }
}
