package org.paperkg.extract.model;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.AbstractBlock;
import ai.djl.nn.Activation;
import ai.djl.nn.Parameter;
import ai.djl.nn.convolutional.Conv1d;
import ai.djl.nn.core.Embedding;
import ai.djl.nn.core.Linear;
import ai.djl.nn.norm.Dropout;
import ai.djl.ndarray.types.SparseFormat;
import ai.djl.training.ParameterStore;
import ai.djl.training.initializer.NormalInitializer;
import ai.djl.util.PairList;
import java.util.ArrayList;
import java.util.List;

/**
 * Labels every position of a sequence (tokens of a sentence, or sentences of an abstract) from
 * hashed sparse features. Each position's features are looked up in one table and averaged; a stack
 * of dilated 1-D convolutions (residual after the first) reads the neighbourhood; one linear head
 * per label set gives logits. Padded positions are zeroed after every layer, so a sequence gets the
 * same output whatever it is batched with.
 *
 * <p>Inputs: feature ids {@code (B, T, F)} int64 (0 = no feature), feature weights {@code (B, T, F)}
 * float, position mask {@code (B, T)} float; or, for inference, the averaged feature vectors
 * {@code (B, T, D)} and the mask. Outputs: one {@code (B, T, classes)} array of logits per head.
 */
final class SequenceNet extends AbstractBlock {

    private static final byte VERSION = 1;

    private final NetConfig config;
    private final Parameter table;
    private final List<Conv1d> convs = new ArrayList<>();
    private final List<Linear> heads = new ArrayList<>();

    SequenceNet(NetConfig config) {
        super(VERSION);
        this.config = config;
        table = addParameter(Parameter.builder().setName("table").setType(Parameter.Type.WEIGHT)
                .optShape(new Shape(config.buckets(), config.dim())).optInitializer(new NormalInitializer(0.1f)).build());
        for (int i = 0; i < config.dilations().size(); i++) {
            int d = config.dilations().get(i);
            convs.add(addChildBlock("conv" + i, Conv1d.builder().setKernelShape(new Shape(config.kernel()))
                    .optDilation(new Shape(d)).optPadding(new Shape((long) d * (config.kernel() - 1) / 2))
                    .setFilters(config.hidden()).build()));
        }
        for (int i = 0; i < config.heads().size(); i++) {
            heads.add(addChildBlock("head" + i, Linear.builder().setUnits(config.heads().get(i)).build()));
        }
    }

    NetConfig config() {
        return config;
    }

    /** The feature table, for inference that looks features up outside the engine ({@link SequenceModel}). */
    Parameter table() {
        return table;
    }

    @Override
    protected NDList forwardInternal(ParameterStore store, NDList inputs, boolean training, PairList<String, Object> params) {
        NDArray x;
        NDArray mask;
        if (inputs.size() == 2) { // already averaged feature vectors (B,T,D), and the mask
            x = inputs.get(0);
            mask = inputs.get(1);
        } else {
            NDArray ids = inputs.get(0);
            NDArray weights = inputs.get(1);
            mask = inputs.get(2);
            NDArray w = store.getValue(table, ids.getDevice(), training);
            if (training && config.featureDropout() > 0) {
                weights = Dropout.dropout(weights, config.featureDropout(), true).singletonOrThrow();
            }
            // (B,T,F,D) weighted, averaged over the position's features
            NDArray looked = Embedding.embedding(ids, w, SparseFormat.DENSE).singletonOrThrow();
            x = looked.mul(weights.expandDims(3)).sum(new int[] {2});
        }
        x = training ? Dropout.dropout(x, config.dropout(), true).singletonOrThrow() : x;
        NDArray channelMask = mask.expandDims(1); // (B,1,T)
        NDArray h = x.transpose(0, 2, 1); // (B,D,T) for the convolutions
        for (int i = 0; i < convs.size(); i++) {
            NDArray c = Activation.relu(convs.get(i).forward(store, new NDList(h), training).singletonOrThrow())
                    .mul(channelMask);
            h = i == 0 ? c : h.add(c);
            if (training) {
                h = Dropout.dropout(h, config.dropout(), true).singletonOrThrow();
            }
        }
        NDArray out = h.transpose(0, 2, 1); // (B,T,H)
        NDList logits = new NDList();
        for (Linear head : heads) {
            logits.add(head.forward(store, new NDList(out), training).singletonOrThrow());
        }
        return logits;
    }

    @Override
    public Shape[] getOutputShapes(Shape[] inputs) {
        Shape in = inputs[0];
        Shape[] out = new Shape[heads.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = new Shape(in.get(0), in.get(1), config.heads().get(i));
        }
        return out;
    }

    @Override
    protected void initializeChildBlocks(NDManager manager, DataType dataType, Shape... inputShapes) {
        long b = inputShapes[0].get(0);
        long t = inputShapes[0].get(1);
        Shape convIn = new Shape(b, config.dim(), t);
        for (Conv1d c : convs) {
            c.initialize(manager, dataType, convIn);
            convIn = new Shape(b, config.hidden(), t);
        }
        for (Linear head : heads) {
            head.initialize(manager, dataType, new Shape(b, t, config.hidden()));
        }
    }
}
