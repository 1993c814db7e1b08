package org.paperkg.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SentencesTest {

    @Test
    void englishSplitsOnSentenceEndsButNotOnAbbreviationsOrDecimals() {
        String text = "We use graph networks (Scarselli et al. 2009), e.g. GGNNs. Accuracy rises to 81.5% on Cora. "
                + "Is it fast? Yes!\nIt is.";
        assertThat(Sentences.split(text, "en")).containsExactly(
                "We use graph networks (Scarselli et al. 2009), e.g. GGNNs.",
                "Accuracy rises to 81.5% on Cora.",
                "Is it fast?",
                "Yes!",
                "It is.");
    }

    @Test
    void englishKeepsWrappedLinesTogetherButSplitsParagraphs() {
        assertThat(Sentences.split("A model that\nworks well\n\nA second paragraph", "en"))
                .containsExactly("A model that\nworks well", "A second paragraph");
    }

    @Test
    void chineseSplitsOnChinesePunctuationNewlinesAndAsciiStopsNextToHanzi() {
        String text = "本研究提出GAT-DTA模型(v1.1)。结果表明AUROC提升了5.7%；且更快！\n此外,我们构建了数据集.仿真实验证明有效.";
        assertThat(Sentences.split(text, "zh")).containsExactly(
                "本研究提出GAT-DTA模型(v1.1)。",
                "结果表明AUROC提升了5.7%；",
                "且更快！",
                "此外,我们构建了数据集.",
                "仿真实验证明有效.");
    }
}
