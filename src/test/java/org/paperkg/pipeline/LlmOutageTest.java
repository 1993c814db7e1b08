package org.paperkg.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.paperkg.extract.LlmExtractor;
import org.paperkg.extract.LlmMockServer;
import org.paperkg.extract.LlmProperties;
import org.paperkg.extract.RuleExtractor;
import org.paperkg.graph.Neo4jGraphWriter;
import org.paperkg.graph.Neo4jIngestLedger;
import org.paperkg.graph.Outcome;
import org.paperkg.graph.TestNeo4j;
import org.paperkg.ground.TextGrounder;
import org.paperkg.source.GrobidProperties;
import org.paperkg.source.PaperSources;
import org.paperkg.source.SourceProperties;

/** The LLM server goes away and comes back: papers wait as pending, nothing is lost or written twice. */
class LlmOutageTest {

    private static final Path SEED = Path.of("samples/papers/jsonl/seed-drug-target.jsonl");

    @RegisterExtension
    final LlmMockServer llm = new LlmMockServer();
    @TempDir
    Path dir;
    private volatile boolean serverUp;

    @BeforeEach
    void setUp() throws Exception {
        TestNeo4j.clean();
        Files.copy(SEED, dir.resolve("seed.jsonl"));
        llm.server.setDispatcher(new Dispatcher() {
            @Override
            public MockResponse dispatch(RecordedRequest request) {
                return serverUp ? LlmMockServer.completion("seed-zh.json")
                        : new MockResponse.Builder().code(503).body("{\"error\":\"overloaded\"}").build();
            }
        });
    }

    @Test
    void papersWaitWhileTheServerIsDownAndLandOnceWhenItIsBack() {
        try (IngestPipeline pipeline = pipeline(false)) {
            IngestReport down = pipeline.ingest(List.of(dir), IngestListener.NONE);

            assertThat(down.count(Outcome.PENDING)).isEqualTo(1);
            assertThat(down.problems()).singleElement().satisfies(e -> assertThat(e.reason()).contains("seed.jsonl#1"));
            assertThat(TestNeo4j.number("MATCH (p:Paper) RETURN count(p)", Map.of())).isZero();

            serverUp = true;
            IngestReport back = pipeline.ingest(List.of(dir), IngestListener.NONE);
            IngestReport again = pipeline.ingest(List.of(dir), IngestListener.NONE);

            assertThat(back.count(Outcome.INGESTED)).isEqualTo(1);
            assertThat(again.count(Outcome.SKIPPED)).isEqualTo(1);
            assertThat(TestNeo4j.text("MATCH (p:Paper) RETURN p.extractor", Map.of())).startsWith("llm");
            assertThat(TestNeo4j.number("MATCH (m:Method {name: 'GAT-DTA'}) RETURN count(m)", Map.of())).isEqualTo(1);
        }
    }

    @Test
    void withTheFallbackOnTheOfflineExtractorStandsInAndSaysSo() {
        try (IngestPipeline pipeline = pipeline(true)) {
            IngestReport report = pipeline.ingest(List.of(dir), IngestListener.NONE);

            assertThat(report.count(Outcome.INGESTED)).isEqualTo(1);
            assertThat(TestNeo4j.text("MATCH (p:Paper) RETURN p.extractor", Map.of())).endsWith("+fallback");
            assertThat(TestNeo4j.text("MATCH (:Paper)-[r:PROPOSES]->() RETURN r.extractor LIMIT 1", Map.of()))
                    .endsWith("+fallback");
        }
    }

    private IngestPipeline pipeline(boolean fallback) {
        LlmProperties props = llm.props("retry.max-attempts", "2");
        LlmExtractor extractor = llm.extractor(props, dir.resolve("cache"));
        return new IngestPipeline(PaperSources.standard(SourceProperties.defaults(), GrobidProperties.off()),
                new ExtractorChoice(extractor, fallback ? new RuleExtractor() : null, 4), new TextGrounder(),
                PipelineFixture.resolver(), new Neo4jGraphWriter(TestNeo4j.driver(), PipelineFixture.CYPHER, 50,
                        Clock.systemUTC()), new Neo4jIngestLedger(TestNeo4j.driver(), PipelineFixture.CYPHER),
                PipelineProperties.defaults(), Clock.systemUTC());
    }
}
