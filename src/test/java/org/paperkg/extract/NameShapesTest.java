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
}
