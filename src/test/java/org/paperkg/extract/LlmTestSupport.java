package org.paperkg.extract;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import org.paperkg.source.Paper;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Fixtures and settings shared by the LLM tests. */
final class LlmTestSupport {

    static final JsonMapper JSON = JsonMapper.builder().build();
    private static TokenizerTokenCounter tokens;

    private LlmTestSupport() {
    }

    /** Settings as Spring binds them from {@code paperkg.llm.*} properties, with quick retries for tests. */
    static LlmProperties props(String baseUrl, String... keyValues) {
        Map<String, String> map = new HashMap<>();
        if (baseUrl != null) {
            map.put("paperkg.llm.base-urls", baseUrl);
        }
        map.put("paperkg.llm.retry.initial-backoff", "5ms");
        map.put("paperkg.llm.retry.max-backoff", "20ms");
        map.put("paperkg.llm.request-timeout", "10s");
        for (int i = 0; i < keyValues.length; i += 2) {
            map.put("paperkg.llm." + keyValues[i], keyValues[i + 1]);
        }
        return bind(map);
    }

    static LlmProperties bind(Map<String, String> map) {
        return new Binder(new MapConfigurationPropertySource(map))
                .bindOrCreate("paperkg.llm", LlmProperties.class);
    }

    static String baseUrl(MockWebServer server) {
        return server.url("/").toString();
    }

    static String fixture(String name) {
        return Fixtures.text("llm/" + name);
    }

    /** A 200 answer with a recorded chat completion body. */
    static MockResponse completion(String fixture) {
        return json(200, fixture);
    }

    static MockResponse json(int status, String fixture) {
        return new MockResponse.Builder().code(status)
                .setHeader("Content-Type", "application/json")
                .body(fixture(fixture)).build();
    }

    static JsonNode body(RecordedRequest request) {
        return JSON.readTree(request.getBody().utf8());
    }

    /** The content of the request's messages, in order. */
    static List<String> messages(RecordedRequest request) {
        return body(request).path("messages").valueStream().map(m -> m.path("content").asString()).toList();
    }

    static synchronized TokenCounter tokens() {
        if (tokens == null) {
            tokens = TokenizerTokenCounter.qwen3(); // one per test JVM; freed when it exits
        }
        return tokens;
    }

    /** GCN (arXiv:1609.02907), title and abstract as in samples/papers/jsonl/method_lineage_gnn.jsonl. */
    static Paper gcn() {
        return paper("arxiv:1609.02907", "Semi-Supervised Classification with Graph Convolutional Networks",
                "We present a scalable approach for semi-supervised learning on graph-structured data that is based on"
                        + " an efficient variant of convolutional neural networks which operate directly on graphs. We motivate"
                        + " the choice of our convolutional architecture via a localized first-order approximation of spectral"
                        + " graph convolutions. Our model scales linearly in the number of graph edges and learns hidden layer"
                        + " representations that encode both local graph structure and features of nodes. In a number of"
                        + " experiments on citation networks and on a knowledge graph dataset we demonstrate that our approach"
                        + " outperforms related methods by a significant margin.", "en");
    }

    /** The seed example's Chinese drug–target abstract (samples/papers/jsonl/seed-drug-target.jsonl). */
    static Paper seed() {
        return paper("sha256:seed", null,
                "本研究提出一种基于图神经网络与注意力融合机制的新型药物靶点预测模型(GAT-DTA),用于提高小样本条件下的泛化性能。"
                        + "我们在三个公开数据集上进行了实验验证,结果表明该模型在AUROC指标上平均提升了5.7%,且训练收敛速度加快约30%。"
                        + "此外,我们构建了一个包含12万对药物-蛋白相互作用的新数据集DrugInteract-v1,已公开发布。", null);
    }

    static Paper paper(String id, String title, String abstractText, String lang) {
        return new Paper(id, title, abstractText, List.of(), null, null, null, null, null, lang, List.of(), List.of(),
                List.of(), "jsonl");
    }
}
