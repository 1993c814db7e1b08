package org.paperkg.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The offline extractor v1 on the shipped weights: loads offline, gives the same extraction for the
 * same input, names what an abstract names, and leaves Chinese and numbers to the rules. The
 * abstracts are written for this test.
 */
class OfflineExtractorV1Test {

    static final String TITLE = "Graph attention networks for citation recommendation";
    static final String ABSTRACT = "Citation recommendation helps researchers find relevant prior work. "
            + "In this paper, we address the task of citation recommendation for scientific papers. "
            + "We propose a graph attention network that combines word embeddings with the citation graph. "
            + "Experiments on the CiteSeer dataset show that our model achieves an accuracy of 91.2%, "
            + "outperforming convolutional neural networks and logistic regression.";

    private final OfflineExtractorV1 v1 = OfflineExtractorV1.shared();

    @Test
    void theShippedWeightsLoadAndGiveTheSameExtractionForTheSameInput() {
        Extraction once = v1.extract(TITLE, ABSTRACT, "en");
        Extraction again = v1.extract(TITLE, ABSTRACT, "en");

        assertThat(again).isEqualTo(once);
        assertThat(v1.info()).isEqualTo(OfflineExtractorV1.shippedInfo());
        assertThat(v1.info().model()).matches("tagger-en@[0-9a-f]{12}\\+roles-en@[0-9a-f]{12}");
    }

    @Test
    void namesTheTaskMethodsDatasetAndResultOfAnAbstract() {
        Extraction e = v1.extract(TITLE, ABSTRACT, "en");

        assertThat(e.tasks()).extracting(TaskMention::name).anyMatch(n -> n.toLowerCase().contains("citation recommendation"));
        assertThat(e.methods()).extracting(MethodMention::name).anyMatch(n -> n.toLowerCase().contains("graph attention network"));
        assertThat(e.datasets()).extracting(DatasetMention::name).anyMatch(n -> n.contains("CiteSeer"));
        assertThat(e.results()).extracting(ResultMention::value).contains("91.2%");
        assertThat(e.summary().method()).contains("We propose a graph attention network");
    }

    @Test
    void labelsTheRolesOfAnAbstractsSentences() {
        List<SentenceRole> roles = v1.classify(List.of(
                "Citation recommendation helps researchers find relevant prior work.",
                "In this paper, we address the task of citation recommendation for scientific papers.",
                "We propose a graph attention network that combines word embeddings with the citation graph.",
                "Experiments on the CiteSeer dataset show that our model achieves an accuracy of 91.2%."), "en");

        assertThat(roles).containsExactly(SentenceRole.BACKGROUND, SentenceRole.OBJECTIVE, SentenceRole.METHOD,
                SentenceRole.RESULT);
    }

    @Test
    void chineseGoesToTheChineseTermsAndRules() {
        String text = "本文提出一种基于图注意力网络的药物靶点亲和力预测方法GAT-DTA。在DrugInteract-v1数据集上，"
                + "该方法的均方误差降低了5.7%。";

        Extraction e = v1.extract("基于图注意力网络的药物靶点亲和力预测", text, "zh");

        assertThat(e.methods()).extracting(MethodMention::name).contains("GAT-DTA");
        assertThat(e.results()).extracting(ResultMention::value).anyMatch(v -> v.contains("5.7%"));
    }

    @Test
    void chineseMetricsAreNamedWithWhatTheyMeasure() {
        Extraction e = v1.extract("室内定位", "本文提出一种室内定位算法。实验表明，该算法的定位精度达到95.2%，并提高了鲁棒性。", "zh");

        assertThat(e.results()).extracting(ResultMention::metric, ResultMention::value)
                .contains(org.assertj.core.api.Assertions.tuple("定位精度", "95.2%"));
    }
}
