package org.paperkg.extract.model;

import java.util.List;

/**
 * The shape of a {@link SequenceNet}, saved beside its weights.
 *
 * @param buckets   rows of the hashed feature table (feature hashes are taken modulo this; row 0 is padding)
 * @param dim       width of a feature embedding
 * @param hidden    channels of each convolution
 * @param kernel    convolution width (odd)
 * @param dilations one convolution per entry, with that dilation; the first maps {@code dim} to {@code hidden}
 * @param dropout   dropout rate while training, on hidden values
 * @param featureDropout share of a position's features dropped while training (so no single word decides)
 * @param heads     classes of each output head
 * @param pooling   how a position's feature rows are combined: {@code mean}, or {@code sqrt} (sum over the
 *                  square root of their number, so long sentences do not dilute their telling words)
 */
public record NetConfig(int buckets, int dim, int hidden, int kernel, List<Integer> dilations, float dropout,
        float featureDropout, List<Integer> heads, String pooling) {

    public NetConfig {
        dilations = List.copyOf(dilations);
        heads = List.copyOf(heads);
        pooling = pooling == null ? "mean" : pooling;
        if (buckets < 2 || dim < 1 || hidden < 1 || kernel < 1 || kernel % 2 == 0 || dilations.isEmpty() || heads.isEmpty()
                || !(pooling.equals("mean") || pooling.equals("sqrt"))) {
            throw new IllegalArgumentException("bad network shape " + this);
        }
    }

    /** The weight of each of a position's {@code n} features. */
    float featureWeight(int n) {
        return pooling.equals("sqrt") ? (float) (1 / Math.sqrt(n)) : 1f / n;
    }
}
