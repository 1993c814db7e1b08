package org.paperkg.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class ExtractionFormatterTest {

    private static Extraction withSummary(Summary s) {
        return new Extraction(s, List.of(), List.of(), List.of(), List.of());
    }

    @Test
    void chineseUsesTheSeedLayout() {
        Summary s = new Summary("提出一种新型药物靶点预测模型(GAT-DTA),旨在提高小样本条件下的泛化性能。",
                "采用图神经网络与注意力融合机制构建GAT-DTA模型。",
                "在三个公开数据集上的实验显示,模型在AUROC指标上平均提升5.7%,训练收敛速度加快约30%。",
                "构建并公开发布了包含12万对药物-蛋白相互作用的新数据集DrugInteract-v1。");
        assertThat(ExtractionFormatter.format(withSummary(s), "zh")).isEqualTo("""
                【研究问题】提出一种新型药物靶点预测模型(GAT-DTA),旨在提高小样本条件下的泛化性能。
                【使用方法】采用图神经网络与注意力融合机制构建GAT-DTA模型。
                【实验结果】在三个公开数据集上的实验显示,模型在AUROC指标上平均提升5.7%,训练收敛速度加快约30%。
                【数据贡献】构建并公开发布了包含12万对药物-蛋白相互作用的新数据集DrugInteract-v1。""");
    }

    @Test
    void englishUsesLabelledLinesAndMarksMissingElements() {
        Summary s = new Summary("Semi-supervised node classification.", "A graph convolutional network.",
                "Outperforms related methods\nby a wide margin.", "");
        assertThat(ExtractionFormatter.format(withSummary(s), "en")).isEqualTo("""
                Research problem: Semi-supervised node classification.
                Method: A graph convolutional network.
                Results: Outperforms related methods by a wide margin.
                Data contribution: not stated""");
    }

    @Test
    void languageIsGuessedWhenNotGiven() {
        Summary zh = new Summary("研究药物靶点预测问题", "", "", "");
        assertThat(ExtractionFormatter.format(withSummary(zh), null)).startsWith("【研究问题】研究药物靶点预测问题\n")
                .endsWith("【数据贡献】无").hasLineCount(4);
        assertThat(ExtractionFormatter.format(Extraction.EMPTY, null)).startsWith("Research problem: not stated");
    }
}
