package org.paperkg.extract.model;

import java.util.List;
import java.util.function.Function;

/** Told after each training epoch, with a way to run the network as it stands (see {@link SequenceModel#predict}). */
@FunctionalInterface
public interface EpochListener {
    void after(int epoch, Function<List<int[][]>, float[][][][]> predict);
}
