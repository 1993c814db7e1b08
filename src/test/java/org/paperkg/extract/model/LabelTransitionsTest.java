package org.paperkg.extract.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LabelTransitionsTest {

    private static final double LOG_HALF = Math.log(0.5);

    /** Two labels, as in an abstract: label 0 (background) comes first, label 1 (result) never goes back to 0. */
    private static LabelTransitions blocks(double weight) {
        double never = Math.log(1e-6);
        return new LabelTransitions(weight, new double[] {0, never}, new double[][] {{LOG_HALF, LOG_HALF}, {never, 0}},
                new double[] {0, 0});
    }

    @Test
    void withoutWeightEachPositionTakesItsMostLikelyLabel() {
        float[][] probs = {{0.9f, 0.1f}, {0.3f, 0.7f}, {0.6f, 0.4f}};
        assertThat(blocks(0).decode(probs)).containsExactly(0, 1, 0);
    }

    @Test
    void transitionsOverruleADoubtfulPositionButNotAClearOne() {
        // the third position leans to 0, but 1 -> 0 never happens: the best path stays in 1
        float[][] probs = {{0.9f, 0.1f}, {0.3f, 0.7f}, {0.6f, 0.4f}};
        assertThat(blocks(1).decode(probs)).containsExactly(0, 1, 1);
        // a first position sure of 1 keeps it, though sequences rarely start so
        float[][] sure = {{1e-9f, 1f}, {0.5f, 0.5f}};
        assertThat(blocks(0.01).decode(sure)).containsExactly(1, 1);
        assertThat(blocks(1).decode(new float[0][])).isEmpty();
    }

    @Test
    void countingGivesSmoothedLogProbabilitiesLessEachLabelsOwnFrequency() {
        LabelTransitions t = LabelTransitions.count(List.of(new int[] {0, 0, 1}, new int[] {0, 1}), 2, 0.5);
        assertThat(t.weight()).isEqualTo(0.5);
        // label 0 is followed by 0 once and by 1 twice; add-one smoothed over 0, 1 and the end:
        // P(1|0) = (2+1)/(3+3) = 1/2; label 0 has 6 of the 6 + 5 smoothed counts, so P(1) = 5/11
        double prior1 = Math.log(5.0 / 11);
        assertThat(t.next()[0][1]).isCloseTo(Math.log(0.5) - prior1, within(1e-9));
        // both sequences start with 0: (2+1)/(2+2), less its frequency
        assertThat(t.start()[0]).isCloseTo(Math.log(0.75) - Math.log(6.0 / 11), within(1e-9));
        // label 1 ends both sequences: (2+1)/(2+3)
        assertThat(t.end()[1]).isCloseTo(Math.log(3.0 / 5), within(1e-9));
        assertThat(LabelTransitions.count(List.of(), 3, 0).decode(new float[][] {{0.2f, 0.5f, 0.3f}})).containsExactly(1);
    }

    @Test
    void transitionsAreSavedBesideTheWeightsAndCountInTheirIdentity(@TempDir Path dir) throws Exception {
        LabelTransitions t = blocks(0.5);
        ModelFolder.saveTransitions(dir, t);
        LabelTransitions read = ModelFolder.transitions(dir);
        assertThat(read.weight()).isEqualTo(0.5);
        assertThat(read.next()).isDeepEqualTo(t.next());
        assertThat(read.start()).containsExactly(t.start());
        assertThat(ModelFolder.transitions(dir.resolve("none"))).isNull();
    }
}
