package org.paperkg.resolve;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class EntityKeysTest {

    @ParameterizedTest(name = "{0} {1} -> {2}")
    @CsvSource(delimiter = '|', textBlock = """
            Method  | GATs                               | gat
            Method  | Graph-Attention Networks           | graph-attention-network
            Method  | graph attention network            | graph-attention-network
            Method  | ＧＡＴ                              | gat
            Method  | ResNets                            | resnet
            Method  | ResNet50                           | resnet-50
            Method  | ResNet-50                          | resnet-50
            Method  | GATv2                              | gat-v2
            Method  | MobileNetV2                        | mobilenet-v2
            Method  | DeepLabv3                          | deeplab-v3
            Method  | GPT3.5                             | gpt-3.5
            Method  | Qwen3-8B                           | qwen-3-8b
            Method  | Llama 2 7B                         | llama-2-7b
            Method  | BERT model                         | bert
            Method  | BERT's                             | bert
            Method  | GAT-DTA模型                         | gat-dta
            Method  | 图神经网络模型                        | 图神经网络
            Method  | 图 神经网络                          | 图神经网络
            Method  | 通义千问2                            | 通义千问-2
            Method  | Transformer model                  | transformer
            Method  | language model                     | language-model
            Method  | graph neural network model         | graph-neural-network
            Method  | FLANN网络                           | flann
            Method  | GCN network                        | gcn
            Method  | LSTM network                       | lstm-network
            Method  | BP神经网络                           | bp神经网络
            Method  | word2vec                           | word2vec
            Method  | LSTMs                              | lstm
            Method  | ViTs                               | vit
            Method  | NAS                                | nas
            Method  | Atlas                              | atlas
            Method  | mixtures of experts                | mixture-of-expert
            Method  | naive Bayes                        | naive-bayes
            Method  | strategies                         | strategy
            Method  | patches                            | patch
            Method  | caches                             | cache
            Dataset | CIFAR10                            | cifar-10
            Dataset | CIFAR-100                          | cifar-100
            Dataset | Kinetics                           | kinetics
            Dataset | Cora dataset                       | cora
            Dataset | DrugInteract-v1                    | druginteract-v1
            Dataset | DrugInteract-v1数据集                | druginteract-v1
            Dataset | benchmark dataset                  | benchmark-dataset
            Metric  | F-1                                | f1
            Metric  | F1 score                           | f1
            Metric  | accuracy score                     | accuracy-score
            Metric  | focal loss                         | focal-loss
            Metric  | Hits@10                            | hits-10
            Metric  | AUROC指标                           | auroc
            Task    | link prediction task               | link-prediction
            Task    | 药物-靶点预测                         | 药物靶点预测
            Task    | Question-Answering                 | question-answering
            """)
    void folds(EntityLabel label, String name, String key) {
        assertThat(EntityKeys.key(label, name)).isEqualTo(key);
    }

    @Test
    void nearMissesStayApart() {
        assertThat(key("BERT")).isNotEqualTo(key("BART"));
        assertThat(key("GCN")).isNotEqualTo(key("GNN"));
        assertThat(key("GAN")).isNotEqualTo(key("GNN"));
        assertThat(key("ResNet-50")).isNotEqualTo(key("ResNet-101"));
        assertThat(key("BERT-large")).isNotEqualTo(key("BERT"));
        assertThat(key("loss")).isEqualTo("loss");
    }

    @Test
    void blankOrPunctuationHasNoKey() {
        assertThat(EntityKeys.key(EntityLabel.Method, null)).isNull();
        assertThat(EntityKeys.key(EntityLabel.Method, " -- ")).isNull();
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', nullValues = "null", textBlock = """
            bert-large         | bert
            bert-base-uncased  | bert-base
            qwen-3-8b          | qwen-3
            qwen-3             | qwen
            resnet-50          | resnet
            transformer-xl     | transformer
            gat-v2             | gat
            t5-large           | t5
            通义千问-2           | 通义千问
            gat-dta            | null
            gat                | null
            x-2                | null
            """)
    void parentVariant(String key, String parent) {
        assertThat(EntityKeys.parentVariant(key)).isEqualTo(parent);
    }

    private static String key(String name) {
        return EntityKeys.key(EntityLabel.Method, name);
    }
}
