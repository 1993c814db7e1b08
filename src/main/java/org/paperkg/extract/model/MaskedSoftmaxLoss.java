package org.paperkg.extract.model;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.training.loss.Loss;

/**
 * Softmax cross-entropy summed over heads, each averaged over the positions its weights keep (real,
 * labelled positions). Labels come as {@code [labels0, weights0, labels1, weights1, …]}.
 */
final class MaskedSoftmaxLoss extends Loss {

    MaskedSoftmaxLoss() {
        super("masked-softmax-ce");
    }

    @Override
    public NDArray evaluate(NDList labels, NDList predictions) {
        NDArray total = null;
        for (int h = 0; h < predictions.size(); h++) {
            NDArray logits = predictions.get(h); // (B,T,C)
            NDArray gold = labels.get(2 * h);
            NDArray weights = labels.get(2 * h + 1);
            NDArray logp = logits.logSoftmax(2);
            NDArray picked = logp.mul(gold.oneHot((int) logits.getShape().get(2))).sum(new int[] {2}); // (B,T)
            NDArray n = weights.sum().maximum(1e-6f);
            NDArray loss = picked.mul(weights).sum().neg().div(n);
            total = total == null ? loss : total.add(loss);
        }
        return total;
    }
}
