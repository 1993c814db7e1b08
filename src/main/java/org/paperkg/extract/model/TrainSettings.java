package org.paperkg.extract.model;

/**
 * How a {@link SequenceNet} is trained.
 *
 * @param epochs       passes over the training examples
 * @param batchSize    sequences per step
 * @param learningRate Adam's learning rate
 * @param seed         seeds the engine (initial weights, dropout) and the shuffling
 * @param balanced     weigh each class's loss by sqrt(mean class count / its count), for macro scores
 */
public record TrainSettings(int epochs, int batchSize, float learningRate, long seed, boolean balanced) {
    public TrainSettings {
        if (epochs < 1 || batchSize < 1 || learningRate <= 0) {
            throw new IllegalArgumentException("bad training settings " + this);
        }
    }
}
