package org.paperkg.extract.model;

import ai.djl.Model;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.training.ParameterStore;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.IntStream;
import org.springframework.util.FileSystemUtils;

/**
 * A loaded {@link SequenceNet} for inference. Thread-safe: every call works in its own NDManager and
 * parameter store, and the weights are only read. Sequences are batched by length (padding does not
 * change results, see {@link SequenceNet}), so one call with many sequences is much faster than many
 * calls with one.
 */
public final class SequenceModel implements AutoCloseable {

    private static final int BATCH = 64;

    private final Model model;
    private final NetConfig config;
    private final String id;

    private SequenceModel(Model model, NetConfig config, String id) {
        this.model = model;
        this.config = config;
        this.id = id;
    }

    /** Loads {@code name} from a folder written by {@link SequenceTrainer}. */
    public static SequenceModel load(Path dir, String name) throws IOException {
        if (!Files.isRegularFile(dir.resolve(ModelFolder.CONFIG))) {
            throw new IOException("no model " + name + " in " + dir + " (" + ModelFolder.CONFIG + " missing)");
        }
        NetConfig config = ModelFolder.config(dir);
        Model model = ModelFolder.load(dir, name, new SequenceNet(config));
        return new SequenceModel(model, config, name + "@" + ModelFolder.hash(dir, name));
    }

    /** Loads {@code name} from the classpath folder {@code resource}, through a temporary copy. */
    public static SequenceModel loadResource(String resource, String name) throws IOException {
        Path tmp = Files.createTempDirectory("paperkg-model-");
        try {
            ModelFolder.copyFromClasspath(resource, name, tmp);
            return load(tmp, name);
        } finally {
            FileSystemUtils.deleteRecursively(tmp);
        }
    }

    public NetConfig config() {
        return config;
    }

    /** The weights' name and content hash, e.g. {@code tagger-en@3f2a9c0d1b7e}. */
    public String id() {
        return id;
    }

    /**
     * Class probabilities for every position of every sequence.
     *
     * @return {@code [head][sequence][position][class]}
     */
    public float[][][][] predict(List<int[][]> sequences) {
        return predict(model, config, sequences);
    }

    static float[][][][] predict(Model model, NetConfig config, List<int[][]> sequences) {
        int heads = config.heads().size();
        float[][][][] out = new float[heads][sequences.size()][][];
        List<Integer> order = IntStream.range(0, sequences.size()).boxed()
                .sorted(Comparator.comparingInt(i -> sequences.get(i).length)).toList();
        for (int from = 0; from < order.size(); from += BATCH) {
            List<Integer> part = order.subList(from, Math.min(order.size(), from + BATCH));
            List<int[][]> batch = new ArrayList<>();
            part.forEach(i -> batch.add(sequences.get(i).length == 0 ? new int[][] {{}} : sequences.get(i)));
            try (NDManager m = model.getNDManager().newSubManager()) {
                NDList logits = model.getBlock().forward(new ParameterStore(m, false),
                        SequenceBatch.inputs(m, batch), false);
                for (int h = 0; h < heads; h++) {
                    NDArray p = logits.get(h).softmax(2);
                    float[] flat = p.toFloatArray();
                    int t = (int) p.getShape().get(1);
                    int c = (int) p.getShape().get(2);
                    for (int k = 0; k < part.size(); k++) {
                        int len = sequences.get(part.get(k)).length;
                        float[][] rows = new float[len][c];
                        for (int pos = 0; pos < len; pos++) {
                            System.arraycopy(flat, (k * t + pos) * c, rows[pos], 0, c);
                        }
                        out[h][part.get(k)] = rows;
                    }
                }
            }
        }
        return out;
    }

    @Override
    public void close() {
        model.close();
    }
}
