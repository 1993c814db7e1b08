package org.paperkg.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class NameShapesTest {

    @Test
    void aDatasetNameHasANameLikeWordOrTwoCapitalisedOnes() {
        assertThat(NameShapes.isDatasetName("SQuAD")).isTrue();
        assertThat(NameShapes.isDatasetName("CoNLL-2003 NER data")).isTrue();
        assertThat(NameShapes.isDatasetName("Penn Treebank")).isTrue();
        assertThat(NameShapes.isDatasetName("real-world datasets")).isFalse();
        assertThat(NameShapes.isDatasetName("object recognition benchmarks")).isFalse();
        assertThat(NameShapes.isDatasetName("Google")).isFalse();
        assertThat(NameShapes.isDatasetName("2D")).isFalse();
    }

    @Test
    void aModelNameEndsInAKindOfNetworkAfterAHyphen() {
        assertThat(NameShapes.isModelName("R-CNN")).isTrue();
        assertThat(NameShapes.isModelName("Faster R-CNN")).isTrue();
        assertThat(NameShapes.isModelName("U-Net")).isTrue();
        assertThat(NameShapes.isModelName("Bi-LSTM")).isTrue();
        assertThat(NameShapes.isModelName("ImageNet")).isFalse();
        assertThat(NameShapes.isModelName("Tiny-ImageNet")).isFalse();
        assertThat(NameShapes.isModelName("CIFAR-10")).isFalse();
        assertThat(NameShapes.isModelName("WMT'14 En-De")).isFalse();
        assertThat(NameShapes.isModelName("CNN/DailyMail")).isFalse();
    }

    @Test
    void inATitleOnlyANameLikeWordMakesADatasetName() {
        assertThat(NameShapes.isDatasetName("Parallel Corpus", true)).isFalse();
        assertThat(NameShapes.isDatasetName("Parallel Corpus", false)).isTrue();
        assertThat(NameShapes.isDatasetName("SQuAD", true)).isTrue();
    }
}
