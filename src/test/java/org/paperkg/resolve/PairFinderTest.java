package org.paperkg.resolve;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class PairFinderTest {

    /** A finder whose mentions are the given names, all of one label. */
    private static PairFinder finder(EntityLabel label, String... names) {
        Map<EntityLabel, Set<String>> keys = new EnumMap<>(EntityLabel.class);
        for (EntityLabel l : EntityLabel.values()) {
            keys.put(l, new HashSet<>());
        }
        for (String n : names) {
            keys.get(label).add(EntityKeys.key(label, n));
        }
        return new PairFinder(keys);
    }

    private static NamePair acronym(String acr, String longForm) {
        return new NamePair(EntityLabel.Method, acr, longForm, true);
    }

    @Test
    void longFormThenAcronymTakesTheShortestRunThatSpellsIt() {
        assertThat(finder(EntityLabel.Method, "GAT").find("We present graph attention networks (GATs), novel ones."))
                .containsExactly(acronym("GATs", "graph attention networks"));
    }

    @Test
    void aParenthesisOpeningTheTextDoesNotHideTheRest() {
        assertThat(finder(EntityLabel.Method, "GAT").find("(Preprint) We present graph attention networks (GAT)."))
                .containsExactly(acronym("GAT", "graph attention networks"));
    }

    @Test
    void wordInitialsWinOverLettersInsideWords() {
        assertThat(finder(EntityLabel.Method, "PPNP").find("We derive personalized propagation of neural predictions (PPNP)."))
                .containsExactly(acronym("PPNP", "personalized propagation of neural predictions"));
    }

    @Test
    void acronymThenLongForm() {
        assertThat(finder(EntityLabel.Method, "ELMo").find("We introduce ELMo (Embeddings from Language Models)."))
                .containsExactly(acronym("ELMo", "Embeddings from Language Models"));
    }

    @Test
    void chineseNameWithEnglishNameAndAcronym() {
        List<NamePair> pairs = finder(EntityLabel.Method, "GGNN")
                .find("我们使用门控图神经网络（gated graph neural network, GGNN）建模程序结构。");
        // both names join through the acronym; the translation pair alone touches no mention
        assertThat(pairs).containsExactlyInAnyOrder(acronym("GGNN", "gated graph neural network"),
                acronym("GGNN", "门控图神经网络"));
        assertThat(finder(EntityLabel.Method, "门控图神经网络")
                .find("我们使用门控图神经网络（gated graph neural network, GGNN）建模程序结构。"))
                .contains(new NamePair(EntityLabel.Method, "门控图神经网络", "gated graph neural network", false));
    }

    @Test
    void chineseNameWithAcronymAndAcronymWithChineseName() {
        assertThat(finder(EntityLabel.Method, "图同构网络").find("本文采用图同构网络(GIN)学习分子表示。"))
                .containsExactly(acronym("GIN", "图同构网络"));
        assertThat(finder(EntityLabel.Metric, "BLEU").find("翻译质量以BLEU（双语评估替补）衡量。"))
                .containsExactly(new NamePair(EntityLabel.Metric, "BLEU", "双语评估替补", true));
    }

    @Test
    void chineseNameWithEnglishNameIsATranslation() {
        assertThat(finder(EntityLabel.Task, "文本摘要").find("本文研究文本摘要（text summarization）问题。"))
                .containsExactly(new NamePair(EntityLabel.Task, "文本摘要", "text summarization", false));
    }

    @Test
    void aDescriptionBeforeTheParenthesisIsNoName() {
        String seed = "本研究提出一种基于图神经网络与注意力融合机制的新型药物靶点预测模型(GAT-DTA),用于提高小样本条件下的泛化性能。";
        assertThat(finder(EntityLabel.Method, "GAT-DTA", "图神经网络").find(seed)).isEmpty();
        assertThat(finder(EntityLabel.Method, "CNN").find("该模型（CNN）效果好。")).isEmpty();
    }

    @Test
    void citationsAndUnspelledPairsAreNoPairs() {
        assertThat(finder(EntityLabel.Method, "GCN").find("GCN (Kipf and Welling, 2017) is popular.")).isEmpty();
        assertThat(finder(EntityLabel.Method, "图注意力网络").find("图注意力网络（Veličković et al.）")).isEmpty();
        assertThat(finder(EntityLabel.Method, "GCN").find("We use a graph neural network (GCN).")).isEmpty();
    }

    @Test
    void aPairNeedsAMentionAndTakesItsLabel() {
        String text = "Drug-target affinity (DTA) prediction uses graph attention networks (GAT).";
        assertThat(finder(EntityLabel.Method, "GAT").find(text))
                .containsExactly(acronym("GAT", "graph attention networks"));
        assertThat(finder(EntityLabel.Task, "DTA").find(text))
                .containsExactly(new NamePair(EntityLabel.Task, "DTA", "Drug-target affinity", true));
    }

    @Test
    void aLongFormNeverReachesIntoThePreviousClause() {
        assertThat(finder(EntityLabel.Method, "AT").find("We train a model. Attention transfer (AT) helps."))
                .containsExactly(acronym("AT", "Attention transfer"));
    }
}
