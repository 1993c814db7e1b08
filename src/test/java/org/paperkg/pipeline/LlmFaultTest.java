package org.paperkg.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.paperkg.pipeline.ScriptedPeer.ok;
import static org.paperkg.pipeline.ScriptedPeer.reset;
import static org.paperkg.pipeline.ScriptedPeer.status;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import mockwebserver3.MockWebServer;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.paperkg.extract.LlmExtractor;
import org.paperkg.extract.LlmMockServer;
import org.paperkg.extract.LlmProperties;
import org.paperkg.extract.LlmTestSupport;
import org.paperkg.graph.GraphFingerprint;
import org.paperkg.graph.Outcome;
import org.paperkg.graph.TcpProxy;
import org.paperkg.graph.TestNeo4j;
import org.paperkg.source.GrobidProperties;
import org.paperkg.source.PaperSources;
import org.paperkg.source.SourceProperties;

/**
 * The LLM server misbehaves in the middle of an ingest: 5xx answers through every retry, a body that is
 * not an OpenAI answer, a model answer that is not JSON (once, then repaired; twice, so the paper fails),
 * a reset during the repair, and then the server goes away (its port refuses connections and open ones are
 * cut; the circuit opens) and comes back on the same port. One paper at a time, so the script says which paper meets which fault.
 * Re-runs after it is back (as the retry job would make them) end with the graph of a fault-free run,
 * asking the server only for the papers that had not landed.
 */
class LlmFaultTest {

    private static final String NOT_JSON = """
            {"id":"x","object":"chat.completion","choices":[{"index":0,"finish_reason":"stop",
            "message":{"role":"assistant","content":"Sorry, I cannot help with that."}}]}""";

    @RegisterExtension
    final LlmMockServer llm = new LlmMockServer();
    @TempDir
    Path dir;
    private Path inputs;

    @BeforeEach
    void setUp() throws IOException {
        TestNeo4j.clean();
        inputs = Files.createDirectories(dir.resolve("inputs"));
        List<String> lines = Files.readAllLines(Path.of("samples/papers/jsonl/method_lineage_gnn.jsonl")).subList(0, 14);
        Files.write(inputs.resolve("gnn.jsonl"), lines);
        Files.copy(Path.of("samples/papers/jsonl/seed-drug-target.jsonl"), inputs.resolve("seed.jsonl"));
        Files.copy(Path.of("samples/papers/tei/maml-header.tei.xml"), inputs.resolve("maml.tei.xml"));
    }

    @Test
    void faultsAndAnOutageEndInTheGraphOfAFaultFreeRun() throws Exception {
        GraphFingerprint faultFree = faultFreeRun();
        TestNeo4j.clean();
        ScriptedPeer faulty = new ScriptedPeer(LlmTestSupport::simulated, List.of(
                status(500, "{\"error\":\"internal\"}"), status(502, "bad gateway"), status(503, "{\"error\":\"busy\"}"),
                status(200, "<html><body>502 Bad Gateway</body></html>"), // not an OpenAI answer
                status(200, NOT_JSON), reset(), ok(),                      // not JSON; the repair meets a reset, then lands
                status(200, NOT_JSON), status(200, NOT_JSON)));           // not JSON, and the repair neither
        llm.server.setDispatcher(faulty);
        try (TcpProxy server = new TcpProxy(llm.server.getPort()); IngestPipeline pipeline = pipeline(server)) {
            IngestReport first = pipeline.ingest(List.of(inputs), IngestListener.NONE);
            assertThat(first.count(Outcome.INGESTED)).isEqualTo(4);
            assertThat(first.count(Outcome.FAILED)).isEqualTo(2);
            assertThat(first.count(Outcome.PENDING)).isEqualTo(16 - 6);
            assertThat(first.problems()).allSatisfy(e -> assertThat(e.reason()).startsWith(e.locator() + ": "))
                    .anySatisfy(e -> assertThat(e.reason()).contains("gnn.jsonl#1", "HTTP 503"))
                    .anySatisfy(e -> assertThat(e.reason()).contains("gnn.jsonl#2"))
                    .anySatisfy(e -> assertThat(e.reason()).contains("gnn.jsonl#4", "no valid JSON"));

            int before = faulty.requests();
            server.start();
            // re-run as a retry job would, until the circuit has let the calls through again
            await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(100))
                    .until(() -> pipeline.ingest(List.of(inputs), IngestListener.NONE).allOk());
            assertThat(faulty.requests() - before).as("calls once back: the papers that had not landed, once each")
                    .isEqualTo(first.count(Outcome.FAILED) + first.count(Outcome.PENDING));
        }
        assertThat(GraphFingerprint.of(TestNeo4j.driver()).differencesFrom(faultFree)).isEmpty();
    }

    private GraphFingerprint faultFreeRun() throws IOException {
        try (MockWebServer healthy = new MockWebServer()) {
            healthy.setDispatcher(new ScriptedPeer(LlmTestSupport::simulated, List.of()));
            healthy.start();
            LlmProperties props = LlmTestSupport.props(healthy.url("/").toString(), "max-in-flight", "1");
            LlmExtractor extractor = llm.extractor(props, dir.resolve("fault-free-cache"));
            try (IngestPipeline pipeline = pipeline(new CountingExtractor(extractor))) {
                IngestReport report = pipeline.ingest(List.of(inputs), IngestListener.NONE);
                assertThat(report.allOk()).as(report.problems().toString()).isTrue();
                assertThat(report.count(Outcome.INGESTED)).isEqualTo(16);
            }
        }
        return GraphFingerprint.of(TestNeo4j.driver());
    }

    /**
     * The pipeline against the mock server reached through {@code server}, which goes away (stops
     * listening, cuts its connections) before the eighth paper.
     */
    private IngestPipeline pipeline(TcpProxy server) {
        LlmProperties props = LlmTestSupport.props("http://127.0.0.1:" + server.port(), "retry.max-attempts", "3",
                "max-in-flight", "1", "circuit-breaker.wait-duration-in-open-state", "50ms");
        CountingExtractor extractor = new CountingExtractor(llm.extractor(props, dir.resolve("cache")));
        extractor.onCall(8, server::stop);
        return pipeline(extractor);
    }

    private static IngestPipeline pipeline(CountingExtractor extractor) {
        return PipelineFixture.pipeline(TestNeo4j.driver(), PaperSources.standard(SourceProperties.defaults(),
                GrobidProperties.off()), new ExtractorChoice(extractor, null, 1), PipelineProperties.defaults());
    }
}
