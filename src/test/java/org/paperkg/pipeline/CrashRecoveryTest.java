package org.paperkg.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;
import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.Driver;
import org.neo4j.driver.GraphDatabase;
import org.paperkg.extract.LlmProperties;
import org.paperkg.extract.LlmTestSupport;
import org.paperkg.extract.OpenAiChatClient;
import org.paperkg.graph.EmbeddedNeo4j;
import org.paperkg.graph.GraphFingerprint;
import org.paperkg.graph.TestNeo4j;
import org.paperkg.source.GrobidProperties;
import org.paperkg.source.PaperSources;
import org.paperkg.source.SourceProperties;

/**
 * The ingest command, in its own JVM with the embedded Neo4j, killed with SIGKILL in the middle of an
 * ingest and started again, ends with the graph and ledger of an uninterrupted run. The middle is made
 * certain, not timed: the mock LLM server answers the first {@value #ANSWERED} requests and holds the rest,
 * so the kill finds the first group of 100 files recorded, ten papers of the second group written but not
 * recorded, and requests in flight. The uninterrupted run is the same pipeline in this JVM.
 */
class CrashRecoveryTest {

    private static final int FILES = 130;
    private static final int BATCH = 10;
    private static final int ANSWERED = 115;
    private static final long MINUTES = 10;

    @TempDir
    Path dir;
    private Path inputs;
    private final Gate gate = new Gate();
    private final MockWebServer llm = new MockWebServer();

    @BeforeEach
    void setUp() throws IOException {
        inputs = Files.createDirectories(dir.resolve("inputs"));
        List<String> records = Corpus.records(FILES);
        for (int i = 0; i < FILES; i++) {
            Files.writeString(inputs.resolve(String.format("paper-%03d.jsonl", i)), records.get(i) + "\n");
        }
        llm.setDispatcher(gate);
        llm.start();
    }

    @AfterEach
    void tearDown() {
        gate.openFully();
        llm.close();
    }

    @Test
    void killedMidIngestAndStartedAgainEndsWithTheGraphOfAnUninterruptedRun() throws Exception {
        List<String> command = List.of("ingest", inputs.toString(), "--paperkg.neo4j.data-dir=" + dir.resolve("store"),
                "--paperkg.neo4j.bolt-port=0", "--paperkg.llm.base-urls=" + llm.url("/"),
                "--paperkg.llm.cache-dir=" + dir.resolve("cache"), "--paperkg.pipeline.batch-size=" + BATCH);
        try (AppProcess first = AppProcess.start(dir.resolve("first.log"), command)) {
            await("the held LLM request").atMost(Duration.ofMinutes(MINUTES)).pollInterval(Duration.ofMillis(50))
                    .until(() -> gate.held.get() > 0 || !first.alive());
            assertThat(first.alive()).as(first.output()).isTrue();
            try (Driver bolt = GraphDatabase.driver(first.boltUri(), AuthTokens.none())) {
                assertThat(count(bolt, "MATCH (r:IngestRecord) WHERE NOT r.locator CONTAINS '#' RETURN count(r)"))
                        .as("files recorded before the kill").isEqualTo(100);
                assertThat(count(bolt, "MATCH (p:Paper) RETURN count(p)")).as("written before the kill").isEqualTo(100 + BATCH);
            }
            assertThat(first.kill()).as("killed by SIGKILL").isEqualTo(137);
        }
        gate.openFully();
        int callsBefore = gate.requests.get();

        try (AppProcess second = AppProcess.start(dir.resolve("second.log"), command)) {
            assertThat(second.waitFor(MINUTES)).as(second.output()).isZero();
            assertThat(second.output()).contains("Ingest: " + FILES + " files, " + FILES + " inputs: " + (FILES - 100)
                    + " ingested, 100 skipped (unchanged), 0 failed, 0 pending");
        }
        assertThat(gate.requests.get() - callsBefore).as("LLM calls after the restart: cached answers are not asked again")
                .isBetween(FILES - ANSWERED, FILES - 100 - BATCH);

        assertThat(storeFingerprint().differencesFrom(uninterruptedRun())).isEmpty();
    }

    private GraphFingerprint storeFingerprint() {
        try (EmbeddedNeo4j store = EmbeddedNeo4j.start(dir.resolve("store"), "127.0.0.1", 0);
                Driver driver = GraphDatabase.driver(store.boltUri(), AuthTokens.none())) {
            return GraphFingerprint.of(driver);
        }
    }

    private GraphFingerprint uninterruptedRun() {
        TestNeo4j.clean();
        LlmProperties props = LlmTestSupport.props(llm.url("/").toString(), "max-in-flight", "8");
        try (OpenAiChatClient client = new OpenAiChatClient(props);
                IngestPipeline pipeline = PipelineFixture.pipeline(TestNeo4j.driver(),
                        PaperSources.standard(SourceProperties.defaults(), GrobidProperties.off()),
                        new ExtractorChoice(LlmTestSupport.extractor(props, client, dir.resolve("clean-cache")), null, 8),
                        PipelineFixture.batchSize(BATCH))) {
            assertThat(pipeline.ingest(List.of(inputs), IngestListener.NONE).allOk()).isTrue();
        }
        return GraphFingerprint.of(TestNeo4j.driver());
    }

    private static long count(Driver driver, String cypher) {
        try (var s = driver.session()) {
            return s.run(cypher).single().get(0).asLong();
        }
    }

    /** Answers like a healthy model up to {@value #ANSWERED} requests, then holds each request until opened. */
    private static final class Gate extends Dispatcher {
        final AtomicInteger requests = new AtomicInteger();
        final AtomicInteger held = new AtomicInteger();
        private final CountDownLatch open = new CountDownLatch(1);
        private volatile int limit = ANSWERED;

        @Override
        public MockResponse dispatch(RecordedRequest request) throws InterruptedException {
            if (requests.incrementAndGet() > limit) {
                held.incrementAndGet();
                open.await();
            }
            return LlmTestSupport.simulated(request);
        }

        void openFully() {
            limit = Integer.MAX_VALUE;
            open.countDown();
        }
    }
}
