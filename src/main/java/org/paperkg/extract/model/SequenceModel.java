package org.paperkg.extract.model;

import ai.djl.Model;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import ai.djl.training.ParameterStore;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.IntStream;
import org.springframework.util.FileSystemUtils;

/**
 * A loaded {@link SequenceNet} for inference. Thread-safe: every call works in its own NDManager and
 * parameter store, and the weights are only read. The feature table is copied into the JVM once and
 * averaged there (a few hundred additions per token), which saves the engine three small operations
 * per call that cost more in call overhead than in arithmetic; the convolutions and heads run on
 * the engine. Sequences are batched by length (padding does not change results, see
 * {@link SequenceNet}), so one call with many sequences is cheaper than many calls with one.
 */
public final class SequenceModel implements AutoCloseable {

    private static final int BATCH = 64;

    private final Model model;
    private final NetConfig config;
    private final String id;
    private final float[] table;
    private final LabelTransitions transitions;

    private SequenceModel(Model model, NetConfig config, String id, LabelTransitions transitions) {
        this.model = model;
        this.config = config;
        this.id = id;
        this.transitions = transitions;
        this.table = ((SequenceNet) model.getBlock()).table().getArray().toFloatArray();
    }

    /** Wraps a model whose block is an initialized {@link SequenceNet}; the caller keeps ownership. */
    static SequenceModel of(Model model, NetConfig config) {
        return new SequenceModel(model, config, model.getName(), null);
    }

    /** Loads {@code name} from a folder written by {@link SequenceTrainer}. */
    public static SequenceModel load(Path dir, String name) throws IOException {
        DjlOffline.ensure();
        if (!Files.isRegularFile(dir.resolve(ModelFolder.CONFIG))) {
            throw new IOException("no model " + name + " in " + dir + " (" + ModelFolder.CONFIG + " missing)");
        }
        NetConfig config = ModelFolder.config(dir);
        LabelTransitions transitions = ModelFolder.transitions(dir);
        Model model = ModelFolder.load(dir, name, new SequenceNet(config));
        return new SequenceModel(model, config, name + "@" + ModelFolder.hash(dir, name), transitions);
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

    /**
     * The id {@link #loadResource} would give the classpath folder {@code resource}, without loading
     * the engine; {@code null} when the folder is not on the classpath.
     */
    public static String resourceId(String resource, String name) throws IOException {
        String hash = ModelFolder.resourceHash(resource, name);
        return hash == null ? null : name + "@" + hash;
    }

    public NetConfig config() {
        return config;
    }

    /** How the first head's labels follow one another, for decoding, or {@code null} when not saved with the model. */
    public LabelTransitions transitions() {
        return transitions;
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
        int heads = config.heads().size();
        int d = config.dim();
        float[][][][] out = new float[heads][sequences.size()][][];
        List<Integer> order = IntStream.range(0, sequences.size()).boxed()
                .sorted(Comparator.comparingInt(i -> sequences.get(i).length)).toList();
        for (int from = 0; from < order.size(); from += BATCH) {
            List<Integer> part = order.subList(from, Math.min(order.size(), from + BATCH));
            int t = Math.max(1, sequences.get(part.get(part.size() - 1)).length);
            float[] x = new float[part.size() * t * d];
            float[] mask = new float[part.size() * t];
            for (int k = 0; k < part.size(); k++) {
                int[][] seq = sequences.get(part.get(k));
                for (int pos = 0; pos < seq.length; pos++) {
                    mask[k * t + pos] = 1f;
                    average(seq[pos], x, (k * t + pos) * d, d);
                }
            }
            try (NDManager m = model.getNDManager().newSubManager()) {
                NDList logits = model.getBlock().forward(new ParameterStore(m, false),
                        new NDList(m.create(x, new Shape(part.size(), t, d)), m.create(mask, new Shape(part.size(), t))), false);
                for (int h = 0; h < heads; h++) {
                    float[] flat = logits.get(h).toFloatArray();
                    int c = config.heads().get(h);
                    for (int k = 0; k < part.size(); k++) {
                        int len = sequences.get(part.get(k)).length;
                        float[][] rows = new float[len][];
                        for (int pos = 0; pos < len; pos++) {
                            rows[pos] = softmax(flat, (k * t + pos) * c, c);
                        }
                        out[h][part.get(k)] = rows;
                    }
                }
            }
        }
        return out;
    }

    /** As the network pools a position's feature rows (see {@link NetConfig#featureWeight}). */
    private void average(int[] ids, float[] x, int at, int d) {
        if (ids.length == 0) {
            return;
        }
        float w = config.featureWeight(ids.length);
        for (int id : ids) {
            int row = id * d;
            for (int j = 0; j < d; j++) {
                x[at + j] += table[row + j] * w;
            }
        }
    }

    private static float[] softmax(float[] logits, int at, int c) {
        float max = Float.NEGATIVE_INFINITY;
        for (int j = 0; j < c; j++) {
            max = Math.max(max, logits[at + j]);
        }
        float[] p = new float[c];
        float sum = 0;
        for (int j = 0; j < c; j++) {
            p[j] = (float) Math.exp(logits[at + j] - max);
            sum += p[j];
        }
        for (int j = 0; j < c; j++) {
            p[j] /= sum;
        }
        return p;
    }

    /** Runs a network being trained on the engine alone (ids and weights in, no copied table). */
    static float[][][][] predictOnEngine(Model model, NetConfig config, List<int[][]> sequences) {
        int heads = config.heads().size();
        float[][][][] out = new float[heads][sequences.size()][][];
        try (NDManager m = model.getNDManager().newSubManager()) {
            for (int from = 0; from < sequences.size(); from += BATCH) {
                List<int[][]> part = sequences.subList(from, Math.min(sequences.size(), from + BATCH));
                NDList logits = model.getBlock().forward(new ParameterStore(m, false), SequenceBatch.inputs(m, config, part), false);
                for (int h = 0; h < heads; h++) {
                    float[] flat = logits.get(h).toFloatArray();
                    int t = (int) logits.get(h).getShape().get(1);
                    int c = config.heads().get(h);
                    for (int k = 0; k < part.size(); k++) {
                        float[][] rows = new float[part.get(k).length][];
                        for (int pos = 0; pos < rows.length; pos++) {
                            rows[pos] = softmax(flat, (k * t + pos) * c, c);
                        }
                        out[h][from + k] = rows;
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
