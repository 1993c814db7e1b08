package org.paperkg.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.paperkg.source.Section;

class FullTextChunkerTest {

    private final TokenCounter tokens = LlmTestSupport.tokens();

    @Test
    void piecesStayWithinTheLimitAndKeepEverySentenceInOrder() {
        String sentence = "Graph attention networks weight each neighbour by a learned coefficient. ";
        var paper = FullTextExtractorTest.paper();
        var longOne = new org.paperkg.source.Paper(paper.id(), paper.title(), paper.abstractText(), List.of(), null,
                null, null, null, null, "en", List.of(), List.of(new Section("Long", sentence.repeat(60))), List.of(), "tei");

        List<FullTextChunker.Piece> pieces = new FullTextChunker(tokens, 100).pieces(longOne);

        assertThat(pieces).hasSizeGreaterThan(8).allSatisfy(p -> {
            assertThat(p.tokens()).isLessThanOrEqualTo(100);
            assertThat(p.tokens()).isEqualTo(tokens.count(p.text()));
        });
        assertThat(pieces.get(1).text()).startsWith("## Long\nGraph attention");
        String rejoined = String.join(" ", pieces.subList(1, pieces.size()).stream()
                .map(p -> p.text().replace("## Long\n", "")).toList());
        assertThat(rejoined.split("learned coefficient\\.", -1)).hasSize(61);
    }

    @Test
    void theTestPaperMakesThreeChunksOf256Tokens() {
        List<FullTextChunker.Piece> pieces = new FullTextChunker(tokens, 256).pieces(FullTextExtractorTest.paper());
        assertThat(pieces).extracting(FullTextChunker.Piece::tokens).containsExactly(81, 112, 117, 178);
        assertThat(FullTextChunker.chunkEnd(pieces, 0, 256)).isEqualTo(2); // title, abstract and introduction
        assertThat(FullTextChunker.chunkEnd(pieces, 2, 256)).isEqualTo(3);
        assertThat(FullTextChunker.chunkEnd(pieces, 3, 256)).isEqualTo(4);
    }

    @Test
    void aSentenceLongerThanAPieceIsCut() {
        String endless = "token ".repeat(700).strip() + ".";
        var paper = LlmTestSupport.paper("x:1", null, endless, "en");
        List<FullTextChunker.Piece> pieces = new FullTextChunker(tokens, 256).pieces(paper);
        assertThat(pieces).hasSizeGreaterThanOrEqualTo(3).allSatisfy(p -> assertThat(p.tokens()).isLessThanOrEqualTo(256));
        assertThat(String.join("", pieces.stream().map(FullTextChunker.Piece::text).toList())).isEqualTo(endless);
    }

    @Test
    void chunksPackWholePiecesUpToTheBudget() {
        var pieces = List.of(new FullTextChunker.Piece("a", 100), new FullTextChunker.Piece("b", 100),
                new FullTextChunker.Piece("c", 100), new FullTextChunker.Piece("d", 300));
        assertThat(FullTextChunker.chunkEnd(pieces, 0, 250)).isEqualTo(2);
        assertThat(FullTextChunker.chunkEnd(pieces, 2, 250)).isEqualTo(3);
        assertThat(FullTextChunker.chunkEnd(pieces, 3, 250)).isEqualTo(4); // always at least one piece
    }
}
