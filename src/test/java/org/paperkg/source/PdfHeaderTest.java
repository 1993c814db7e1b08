package org.paperkg.source;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The first-page heuristics on hand-made line lists, for layouts the fixture PDFs do not cover. */
class PdfHeaderTest {

    private static PdfLine line(String text, float size) {
        return new PdfLine(1, text, size, false, false);
    }

    @Test
    void chineseAbstractRunsFromZhaiyaoToGuanjianci() {
        List<PdfLine> lines = List.of(
                line("基于图注意力网络的药物靶点亲和力预测", 16),
                line("张三 李四", 10),
                line("摘 要：本研究提出一种基于图神经网络的新型药物靶点预测模型，", 9),
                line("在三个公开数据集上进行了实验验证。", 9),
                line("关键词：图神经网络；药物靶点", 9),
                line("引言", 12));
        PdfHeader h = PdfHeader.read(lines, null);

        assertThat(h.title()).isEqualTo("基于图注意力网络的药物靶点亲和力预测");
        assertThat(h.abstractText()).isEqualTo("本研究提出一种基于图神经网络的新型药物靶点预测模型，在三个公开数据集上进行了实验验证。");
        assertThat(h.keywords()).containsExactly("图神经网络", "药物靶点");
    }

    @Test
    void uniformFontFallsBackToMetadataThenToTheFirstSubstantialLine() {
        List<PdfLine> lines = List.of(
                line("Journal of Examples, Vol. 3, 2019", 10),
                line("A Study of Plain Layouts in Scientific Papers", 10),
                line("Summary statistics are reported below for all runs.", 10));

        assertThat(PdfHeader.read(lines, "Plain Layouts, the Metadata Title").title())
                .isEqualTo("Plain Layouts, the Metadata Title");
        assertThat(PdfHeader.read(lines, "Microsoft Word - draft7.docx").title())
                .isEqualTo("A Study of Plain Layouts in Scientific Papers");
        assertThat(PdfHeader.read(lines, null).abstractText())
                .as("a sentence starting with 'Summary' is no abstract heading").isEmpty();
        assertThat(PdfHeader.read(lines, null).year()).isEqualTo(2019);
    }

    @Test
    void ieeeStyleAbstractOnTheHeadingLineEndsAtIndexTerms() {
        List<PdfLine> lines = List.of(
                line("Fast Graph Kernels for Everyone", 20),
                line("Abstract—We present fast kernels. The introduction of caching", 9),
                line("makes them faster.", 9),
                line("Index Terms—graphs, kernels", 9),
                line("I. INTRODUCTION", 10));
        PdfHeader h = PdfHeader.read(lines, null);

        assertThat(h.abstractText()).isEqualTo("We present fast kernels. The introduction of caching makes them faster.");
        assertThat(h.keywords()).containsExactly("graphs", "kernels");
        assertThat(h.abstractEnd()).isEqualTo(4);
    }

    @Test
    void aCitedYearIsNoPublicationYear() {
        List<PdfLine> lines = List.of(line("A Title With Words", 18), line("As shown by Smith (2017), graphs help.", 10));
        assertThat(PdfHeader.read(lines, null).year()).isNull();
    }
}
