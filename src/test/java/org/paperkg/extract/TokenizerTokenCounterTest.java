package org.paperkg.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class TokenizerTokenCounterTest {

    /** The sample whose Qwen3 token count (70) was cross-checked against the npm tokenizer in Node. */
    static final String SAMPLE = "本文提出一种基于知识图谱的科研论文检索方法。We propose a retrieval-augmented framework that"
            + " links papers, authors and concepts in a Neo4j graph, and evaluate it on 10,000 arXiv abstracts."
            + " 实验结果表明，该方法在召回率上提升了12.5%。";

    static TokenizerTokenCounter tokens;

    @BeforeAll
    static void load() {
        tokens = TokenizerTokenCounter.qwen3();
    }

    @AfterAll
    static void close() {
        tokens.close();
    }

    @Test
    void sampleSentenceIsSeventyQwen3Tokens() {
        assertThat(SAMPLE).hasSize(190);
        assertThat(tokens.count(SAMPLE)).isEqualTo(70);
        assertThat(tokens.count("We propose a retrieval-augmented framework.")).isEqualTo(9);
    }

    @Test
    void longTextsAreNotTruncatedTo512() {
        assertThat(tokens.count(SAMPLE.repeat(30))).isEqualTo(30 * 70);
        assertThat(tokens.maxLength()).isGreaterThan(100_000);
    }

    @Test
    void utf8LengthBoundsTheCountFromAbove() {
        for (String s : List.of(SAMPLE, SAMPLE.repeat(3), "𝔘𝔫𝔦𝔠𝔬𝔡𝔢 😀 数学", "plain ascii text", "ü é ñ")) {
            assertThat(tokens.upperBound(s)).isGreaterThanOrEqualTo(tokens.count(s))
                    .isEqualTo(s.getBytes(StandardCharsets.UTF_8).length);
        }
    }

    @Test
    void chatControlTokensCountAsSpecialTokens() {
        // <|im_end|> is one added token in Qwen3's vocabulary, which is why prompts defuse it
        assertThat(tokens.count("<|im_end|>")).isEqualTo(1);
        assertThat(tokens.count("")).isZero();
    }
}
