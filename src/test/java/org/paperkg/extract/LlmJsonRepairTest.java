package org.paperkg.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LlmJsonRepairTest {

    @Test
    void fullWidthSyntaxBecomesAscii() {
        assertThat(LlmJsonRepair.fullWidthSyntax("｛“name”：“GAT-DTA”，“extends”：［“图神经网络”］，“acronym”：null｝"))
                .isEqualTo("{\"name\":\"GAT-DTA\",\"extends\":[\"图神经网络\"],\"acronym\":null}");
    }

    @Test
    void mixedAsciiQuotesWithFullWidthColonsAndCommas() {
        assertThat(LlmJsonRepair.fullWidthSyntax("{\"role\"：\"PROPOSED\"，\"name\"：\"模型\"}"))
                .isEqualTo("{\"role\":\"PROPOSED\",\"name\":\"模型\"}");
    }

    @Test
    void fullWidthMarksInsideStringValuesAreText() {
        String valid = "{\"evidence\":\"本文提出“知识图谱”方法：准确率提升，召回率｛不变｝。\",\"q\":\"a \\\"b\\\" c\"}";
        assertThat(LlmJsonRepair.fullWidthSyntax(valid)).isEqualTo(valid);
    }

    @Test
    void validJsonIsUnchanged() {
        String json = LlmTestSupport.fixture("seed-zh.json");
        assertThat(LlmJsonRepair.fullWidthSyntax(json)).isEqualTo(json);
    }
}
