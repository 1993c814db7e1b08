package org.paperkg.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class MentionLocatorTest {

    private static final String TEXT = "Graph neural networks (GNNs) beat CNNs. GNN-based models use graph neural networks.";

    @Test
    void everyWholeWordOccurrenceIgnoringCaseIsAMention() {
        List<Span> spans = MentionLocator.locate(TEXT, List.of("graph neural networks"));
        assertThat(spans).extracting(s -> TEXT.substring(s.start(), s.end()))
                .containsExactly("Graph neural networks", "graph neural networks");
    }

    @Test
    void aNameInsideAWordIsNotAMentionButBeforeAHyphenItIs() {
        List<Span> spans = MentionLocator.locate(TEXT, List.of("GNN"));
        assertThat(spans).containsExactly(new Span(TEXT.indexOf("GNN-"), TEXT.indexOf("GNN-") + 3));
    }

    @Test
    void aShorterNameInsideALongerOneOfTheSameTypeIsDropped() {
        List<Span> spans = MentionLocator.locate(TEXT, List.of("neural networks", "graph neural networks"));
        assertThat(spans).hasSize(2).allMatch(s -> s.length() == "graph neural networks".length());
    }

    @Test
    void aNameNotInTheTextIsOneUnmatchablePrediction() {
        List<Span> spans = MentionLocator.locate(TEXT, List.of("transformer", "CNNs"));
        assertThat(spans).containsExactlyInAnyOrder(Span.UNLOCATED, new Span(TEXT.indexOf("CNNs"), TEXT.indexOf("CNNs") + 4));
    }

    @Test
    void chineseNamesNeedNoWordBoundaries() {
        String zh = "本文提出基于小波变换的图像加密方法";
        assertThat(MentionLocator.locate(zh, List.of("小波变换"))).containsExactly(new Span(6, 10));
    }
}
