package org.paperkg.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class TagSchemeTest {

    private static float[] p(int label) {
        float[] out = new float[TagScheme.LABELS];
        java.util.Arrays.fill(out, 0.01f);
        out[label] = 0.9f;
        return out;
    }

    @Test
    void labelsAndSpansRoundTrip() {
        List<TaggedSpan> spans = List.of(new TaggedSpan(EntityType.METHOD, 1, 3), new TaggedSpan(EntityType.TASK, 4, 5));
        int[] labels = TagScheme.labels(6, spans);
        assertThat(labels).containsExactly(0, TagScheme.begin(EntityType.METHOD), TagScheme.inside(EntityType.METHOD), 0,
                TagScheme.begin(EntityType.TASK), 0);
        assertThat(TagScheme.spans(labels)).isEqualTo(spans);
    }

    @Test
    void overlappingGoldSpansKeepTheFirst() {
        int[] labels = TagScheme.labels(4, List.of(new TaggedSpan(EntityType.TASK, 0, 3), new TaggedSpan(EntityType.METHOD, 1, 2)));
        assertThat(TagScheme.spans(labels)).containsExactly(new TaggedSpan(EntityType.TASK, 0, 3));
    }

    @Test
    void decodingNeverStartsASpanWithAnInsideLabelOrSwitchesTypeMidSpan() {
        // argmax alone would read O, I-TASK, I-METHOD: two ill-formed spans
        float[][] probs = {p(0), p(TagScheme.inside(EntityType.TASK)), p(TagScheme.inside(EntityType.METHOD))};
        int[] decoded = TagScheme.decode(probs);
        for (int i = 0; i < decoded.length; i++) {
            int y = decoded[i];
            if (y != 0 && y % 2 == 0) {
                assertThat(i).isPositive();
                assertThat(decoded[i - 1]).isIn(y - 1, y);
            }
        }
        assertThat(TagScheme.decode(new float[][] {p(TagScheme.begin(EntityType.DATASET)), p(TagScheme.inside(EntityType.DATASET))}))
                .containsExactly(TagScheme.begin(EntityType.DATASET), TagScheme.inside(EntityType.DATASET));
        assertThat(TagScheme.decode(new float[0][])).isEmpty();
    }
}
