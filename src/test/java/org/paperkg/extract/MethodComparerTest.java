package org.paperkg.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.paperkg.extract.LlmTestSupport.body;
import static org.paperkg.extract.LlmTestSupport.completion;

import java.util.List;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.paperkg.source.Paper;

class MethodComparerTest {

    static final List<Paper> LINEAGE = LlmCorpus.lineage();
    static final PromptTemplates PROMPTS = PromptTemplates.comparison();

    @RegisterExtension
    final LlmMockServer llm = new LlmMockServer();
    private final MockWebServer server = llm.server;
    private MethodComparer comparer;

    @BeforeEach
    void comparer() {
        LlmProperties props = llm.props();
        comparer = new MethodComparer(props, llm.client(props), PROMPTS, LlmTestSupport.tokens());
    }

    private static Paper gnn(String arxiv) {
        return LlmCorpus.byId(LINEAGE, "arxiv:" + arxiv);
    }

    @Test
    void comparesFourGnnPapersOldestFirstAndKeepsOnlyWhatTheirTextsSay() throws Exception {
        server.enqueue(completion("compare-gnn.json"));
        Paper tooLong = LlmTestSupport.paper("doi:10.1/too-long", "An endless paper",
                TokenizerTokenCounterTest.SAMPLE.repeat(480), "en");
        Paper noAbstract = LlmTestSupport.paper("doi:10.1/title-only", "Only a title", "", "en");

        MethodComparerResult r = comparer.compare(List.of(gnn("2105.14491"), tooLong, gnn("1606.09375"),
                noAbstract, gnn("1609.02907"), gnn("1710.10903")));

        RecordedRequest request = server.takeRequest();
        List<String> messages = LlmTestSupport.messages(request);
        assertThat(messages.get(0)).isEqualTo(PROMPTS.system()).contains("你是一名资深科研助理", "\"paper-kg/comparison/v1\"");
        String user = messages.get(1);
        assertThat(user).contains("the 4 papers below");
        assertThat(user.indexOf("[P1] 2016 · Convolutional Neural Networks on Graphs"))
                .isPositive()
                .isLessThan(user.indexOf("[P2] 2016 · Semi-Supervised Classification"));
        assertThat(user.indexOf("[P3] 2017 · Graph Attention Networks")).isLessThan(user.indexOf("[P4] 2021 · How Attentive"));
        assertThat(user).doesNotContain("An endless paper", "Only a title");
        assertThat(body(request).path("response_format").path("json_schema").path("name").asString())
                .isEqualTo("method_comparison");

        assertThat(r.info()).isEqualTo(new ExtractorInfo("llm-compare", "Qwen/Qwen3-8B", PROMPTS.version()));
        assertThat(r.omitted()).containsExactly("doi:10.1/too-long (does not fit the 32768-token context)",
                "doi:10.1/title-only (no abstract)");
        assertThat(r.papers()).extracting(MethodComparerResult.PaperMethods::paperId)
                .containsExactly("arxiv:1606.09375", "arxiv:1609.02907", "arxiv:1710.10903", "arxiv:2105.14491");
        assertThat(r.papers().get(2).methods()).containsExactly("graph attention networks"); // GraphSAGE is not in GAT's abstract
        assertThat(r.evolution()).extracting(MethodComparerResult.Step::fromMethod, MethodComparerResult.Step::toMethod)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("spectral graph theory", "spectral graph convolutions"),
                        org.assertj.core.groups.Tuple.tuple("Graph Convolutional Networks", "graph attention networks"),
                        org.assertj.core.groups.Tuple.tuple("graph attention networks", "GATv2"));
        assertThat(r.evolution().get(2).toPaperId()).isEqualTo("arxiv:2105.14491");
        assertThat(r.dropped()).hasSize(3).anyMatch(d -> d.contains("GraphSAGE")).anyMatch(d -> d.contains("no such label"));
        assertThat(r.summary()).contains("GATv2");
    }

    @Test
    void needsTwoPapersThatFit() {
        assertThatThrownBy(() -> comparer.compare(List.of(gnn("1609.02907"))))
                .isInstanceOfSatisfying(ExtractionException.class, e -> assertThat(e.retryable()).isFalse())
                .hasMessageContaining("at least two papers");
        assertThat(server.getRequestCount()).isZero();
    }
}
