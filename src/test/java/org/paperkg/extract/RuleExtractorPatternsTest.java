package org.paperkg.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.paperkg.extract.RuleExtractorTest.dataset;
import static org.paperkg.extract.RuleExtractorTest.method;

import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.Test;

/** Single patterns on small made-up abstracts, one rule at a time. */
class RuleExtractorPatternsTest {

    private final RuleExtractor extractor = new RuleExtractor();

    @Test
    void chineseTasksDatasetsAndResults() {
        Extraction e = extractor.extract(null, "本文提出了TextGCN模型,用于文本分类。"
                + "我们在THUCNews数据集上进行实验,结果表明该模型的准确率达到95.2%,召回率提高了3.1个百分点,F1值为0.93。"
                + "与BERT相比,TextGCN训练更快；该模型优于LSTM。", null);
        assertThat(method(e, "TextGCN").role()).isEqualTo(MethodRole.PROPOSED);
        assertThat(method(e, "TextGCN").improvesOn()).containsExactly("LSTM");
        assertThat(method(e, "BERT").role()).isEqualTo(MethodRole.BASELINE);
        assertThat(e.tasks()).extracting(TaskMention::name).containsExactly("文本分类");
        assertThat(dataset(e, "THUCNews").role()).isEqualTo(DatasetRole.USED);
        assertThat(e.results()).extracting(ResultMention::metric, ResultMention::value, ResultMention::dataset,
                ResultMention::method).containsExactly(
                        Tuple.tuple("准确率", "95.2%", "THUCNews", "TextGCN"),
                        Tuple.tuple("召回率", "+3.1个百分点", "THUCNews", "TextGCN"),
                        Tuple.tuple("F1值", "0.93", "THUCNews", "TextGCN"));
    }

    @Test
    void chineseDefinitionWithANamedKindKeepsTheChineseName() {
        Extraction e = extractor.extract(null, "我们采用支持向量机(SVM)和长短期记忆网络（LSTM）进行故障诊断。", null);
        assertThat(method(e, "SVM").name()).isEqualTo("支持向量机");
        assertThat(method(e, "LSTM").name()).isEqualTo("长短期记忆网络");
        assertThat(e.methods()).allMatch(m -> m.role() == MethodRole.USED);
    }

    @Test
    void englishReleasedDatasetTaskOfAndSignedGain() {
        Extraction e = extractor.extract("SciGraph: Citation Intent Classification at Scale",
                "We address the task of citation intent classification. We release a new corpus called CiteIntent-2 "
                        + "with 12,000 labelled citations. Our model improves macro-F1 by 4.2 points over SciBERT "
                        + "and reaches an accuracy of 88.1% on the ACL-ARC dataset.", null);
        assertThat(method(e, "SciGraph").role()).isEqualTo(MethodRole.PROPOSED);
        assertThat(dataset(e, "CiteIntent-2").role()).isEqualTo(DatasetRole.INTRODUCED);
        assertThat(dataset(e, "ACL-ARC").role()).isEqualTo(DatasetRole.USED);
        assertThat(e.tasks()).extracting(TaskMention::name).contains("citation intent classification");
        assertThat(method(e, "SciBERT").role()).isEqualTo(MethodRole.BASELINE);
        assertThat(method(e, "SciGraph").improvesOn()).containsExactly("SciBERT");
        assertThat(e.results()).extracting(ResultMention::metric, ResultMention::value, ResultMention::method)
                .containsExactly(Tuple.tuple("macro-F1", "+4.2", "SciGraph"), Tuple.tuple("accuracy", "88.1%", "SciGraph"));
        assertThat(e.summary().dataContribution()).startsWith("We release a new corpus called CiteIntent-2");
        assertThat(e.summary().researchProblem()).isEqualTo("We address the task of citation intent classification.");
    }

    @Test
    void yearsCountsAndSizesAreNotResults() {
        Extraction e = extractor.extract(null, "In 2019 the BLEU metric was used on 4,500 sentences with 110M parameters. "
                + "Training took 12 hours on 8 GPUs and reached 1523 BLEU steps.", null);
        assertThat(e.results()).isEmpty();
    }
}
