package org.paperkg.extract.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import ai.djl.Model;
import ai.djl.engine.Engine;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SequenceModelTest {

    private static final NetConfig TINY = new NetConfig(1 << 10, 8, 8, 3, List.of(1, 2), 0.1f, 0.1f, List.of(3, 2), "mean");

    private static List<int[][]> sequences(Random r, int n) {
        List<int[][]> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            int[][] seq = new int[1 + r.nextInt(12)][];
            for (int t = 0; t < seq.length; t++) {
                seq[t] = r.ints(1 + r.nextInt(6), 1, TINY.buckets()).toArray();
            }
            out.add(seq);
        }
        return out;
    }

    @Test
    void poolingInTheJvmGivesWhatTheEngineGivesAndBatchingChangesNothing() {
        Engine.getEngine("PyTorch").setRandomSeed(7);
        try (Model m = Model.newInstance("t", "PyTorch")) {
            m.setBlock(new SequenceNet(TINY));
            m.getBlock().initialize(m.getNDManager(), DataType.FLOAT32, new Shape(1, 4, 4), new Shape(1, 4, 4), new Shape(1, 4));
            List<int[][]> seqs = sequences(new Random(3), 20);
            SequenceModel model = SequenceModel.of(m, TINY);
            float[][][][] jvm = model.predict(seqs);
            float[][][][] engine = SequenceModel.predictOnEngine(m, TINY, seqs);
            for (int h = 0; h < 2; h++) {
                for (int i = 0; i < seqs.size(); i++) {
                    float[][] alone = model.predict(List.<int[][]>of(seqs.get(i)))[h][0];
                    for (int t = 0; t < seqs.get(i).length; t++) {
                        for (int c = 0; c < TINY.heads().get(h); c++) {
                            assertThat(jvm[h][i][t][c]).isCloseTo(engine[h][i][t][c], within(1e-5f));
                            assertThat(alone[t][c]).isCloseTo(jvm[h][i][t][c], within(1e-5f));
                        }
                    }
                }
            }
        }
    }

    @Test
    void trainingWithOneSeedIsRepeatableAndLearnsItsData(@TempDir Path dir) throws Exception {
        Random r = new Random(5);
        List<SequenceExample> examples = new ArrayList<>();
        for (int[][] seq : sequences(r, 24)) {
            // class = whether the position's first feature is even; second head only on half the examples
            int[] a = new int[seq.length];
            int[] b = new int[seq.length];
            for (int t = 0; t < seq.length; t++) {
                a[t] = seq[t][0] % 2 == 0 ? 1 : 0;
                b[t] = 1 - a[t];
            }
            examples.add(new SequenceExample(seq, new int[][] {a, examples.size() % 2 == 0 ? b : null}));
        }
        TrainSettings settings = new TrainSettings(40, 8, 0.02f, 11L, true);
        Path one = SequenceTrainer.train("t", TINY, settings, examples, dir.resolve("one"), null);
        Path two = SequenceTrainer.train("t", TINY, settings, examples, dir.resolve("two"), null);
        assertThat(ModelFolder.hash(one, "t")).isEqualTo(ModelFolder.hash(two, "t"));
        assertThat(Files.readAllBytes(one.resolve("t-0000.params"))).isEqualTo(Files.readAllBytes(two.resolve("t-0000.params")));
        try (SequenceModel model = SequenceModel.load(one, "t")) {
            assertThat(model.id()).matches("t@[0-9a-f]{12}");
            assertThat(model.config()).isEqualTo(TINY);
            float[][][][] p = model.predict(examples.stream().map(SequenceExample::features).toList());
            int right = 0;
            int all = 0;
            for (int i = 0; i < examples.size(); i++) {
                for (int t = 0; t < examples.get(i).features().length; t++) {
                    int y = examples.get(i).labels()[0][t];
                    right += p[0][i][t][y] > 0.5f ? 1 : 0;
                    all++;
                }
            }
            assertThat((double) right / all).isGreaterThan(0.9);
        }
    }

    @Test
    void aMissingOrBrokenModelIsAClearError(@TempDir Path dir) throws Exception {
        assertThatThrownBy(() -> SequenceModel.load(dir, "nope")).hasMessageContaining("no model nope")
                .hasMessageContaining("config.json missing");
        assertThatThrownBy(() -> SequenceModel.loadResource("models/nope", "nope")).hasMessageContaining("not on the classpath");
        Files.writeString(dir.resolve("config.json"), new String(java.util.Objects.requireNonNull(
                SequenceModelTest.class.getResourceAsStream("/eval/gold/README.md")).readAllBytes()));
        assertThatThrownBy(() -> SequenceModel.load(dir, "x")).isInstanceOf(Exception.class);
    }
}
