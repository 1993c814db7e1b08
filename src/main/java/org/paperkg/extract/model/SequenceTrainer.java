package org.paperkg.extract.model;

import ai.djl.Model;
import ai.djl.engine.Engine;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import ai.djl.training.DefaultTrainingConfig;
import ai.djl.training.GradientCollector;
import ai.djl.training.Trainer;
import ai.djl.training.optimizer.Adam;
import ai.djl.training.tracker.Tracker;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Trains a {@link SequenceNet} with Adam on DJL's PyTorch engine and saves it as a model folder
 * ({@link ModelFolder}). The seed fixes the initial weights, dropout and the order of examples.
 * Not thread-safe: the engine's seed is global, so train one model at a time.
 */
public final class SequenceTrainer {

    private static final Logger log = LoggerFactory.getLogger(SequenceTrainer.class);

    private SequenceTrainer() {
    }

    /**
     * @param afterEpoch called after each epoch with the epoch number and the network as it stands
     *                   (for progress reports), may be {@code null}
     * @return the folder written
     */
    public static Path train(String name, NetConfig config, TrainSettings settings, List<SequenceExample> examples,
            Path outDir, EpochListener afterEpoch) throws IOException {
        if (examples.isEmpty()) {
            throw new IllegalArgumentException("no training examples for model " + name);
        }
        DjlOffline.ensure();
        DjlOffline.unrepeatableTraining().ifPresent(why -> log.warn("Training {}: {}", name, why));
        Engine engine = Engine.getEngine("PyTorch");
        engine.setRandomSeed((int) settings.seed());
        Random order = new Random(settings.seed());
        try (Model model = Model.newInstance(name, "PyTorch")) {
            SequenceNet net = new SequenceNet(config);
            model.setBlock(net);
            DefaultTrainingConfig tc = new DefaultTrainingConfig(new MaskedSoftmaxLoss())
                    .optOptimizer(Adam.builder().optLearningRateTracker(Tracker.fixed(settings.learningRate())).build());
            try (Trainer trainer = model.newTrainer(tc)) {
                trainer.initialize(new Shape(1, 4, 4), new Shape(1, 4, 4), new Shape(1, 4));
                float[][] classWeights = settings.balanced() ? balance(config, examples) : null;
                List<Integer> idx = new ArrayList<>();
                for (int i = 0; i < examples.size(); i++) {
                    idx.add(i);
                }
                for (int epoch = 1; epoch <= settings.epochs(); epoch++) {
                    Collections.shuffle(idx, order);
                    double sum = 0;
                    int steps = 0;
                    for (int from = 0; from < idx.size(); from += settings.batchSize()) {
                        List<SequenceExample> batch = new ArrayList<>();
                        for (int k = from; k < Math.min(idx.size(), from + settings.batchSize()); k++) {
                            batch.add(examples.get(idx.get(k)));
                        }
                        sum += step(trainer, config, batch, classWeights);
                        steps++;
                    }
                    log.info("{}: epoch {}/{} loss {}", name, epoch, settings.epochs(),
                            String.format(java.util.Locale.ROOT, "%.4f", sum / steps));
                    if (afterEpoch != null) {
                        afterEpoch.after(epoch, seqs -> SequenceModel.predictOnEngine(model, config, seqs));
                    }
                }
            }
            return ModelFolder.save(model, config, outDir);
        }
    }

    /** Per head and class, sqrt(mean count / count): rare classes weigh more, but not in full proportion. */
    static float[][] balance(NetConfig config, List<SequenceExample> examples) {
        float[][] w = new float[config.heads().size()][];
        for (int h = 0; h < w.length; h++) {
            long[] counts = new long[config.heads().get(h)];
            for (SequenceExample e : examples) {
                if (e.labels()[h] != null) {
                    for (int y : e.labels()[h]) {
                        counts[y]++;
                    }
                }
            }
            long total = java.util.Arrays.stream(counts).sum();
            long present = java.util.Arrays.stream(counts).filter(c -> c > 0).count();
            w[h] = new float[counts.length];
            for (int c = 0; c < counts.length; c++) {
                w[h][c] = counts[c] == 0 ? 1f : (float) Math.sqrt((double) total / present / counts[c]);
            }
        }
        return w;
    }

    private static double step(Trainer trainer, NetConfig config, List<SequenceExample> batch, float[][] classWeights) {
        try (NDManager m = trainer.getManager().newSubManager()) {
            NDList inputs = SequenceBatch.inputs(m, config, batch.stream().map(SequenceExample::features).toList());
            NDList labels = SequenceBatch.labels(m, batch, classWeights);
            float value;
            try (GradientCollector gc = trainer.newGradientCollector()) {
                NDList out = trainer.forward(inputs);
                NDArray loss = trainer.getLoss().evaluate(labels, out);
                value = loss.getFloat();
                gc.backward(loss);
            }
            trainer.step();
            return value;
        }
    }
}
