package org.paperkg.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.Config;
import org.neo4j.driver.Driver;
import org.neo4j.driver.GraphDatabase;
import org.paperkg.extract.RuleExtractor;
import org.paperkg.graph.EmbeddedNeo4j;
import org.paperkg.graph.GraphFingerprint;
import org.paperkg.graph.GraphSchema;
import org.paperkg.graph.LedgerEntry;
import org.paperkg.graph.Outcome;
import org.paperkg.graph.TcpProxy;
import org.paperkg.graph.TestNeo4j;
import org.paperkg.source.GrobidProperties;
import org.paperkg.source.PaperSources;
import org.paperkg.source.SourceProperties;

/**
 * Neo4j goes away in the middle of an ingest, twice: once while a batch of papers is being written, once
 * while outcomes are being recorded. Each time the ingest stops with the unfinished inputs pending (none
 * failed), and after the database is back a plain re-run ends with the graph and ledger of a fault-free
 * run of the same inputs. Two ways of going away: the embedded Neo4j stopped and started again on its
 * store and port, and the shared harness made unreachable and reachable again (a relay in front of it
 * refuses and cuts connections, as a remote server that restarts does; the harness cannot be stopped
 * without losing its store).
 */
class GraphOutageTest {

    /** Papers per write batch: the samples make several batches, so a stop lands between two of them. */
    private static final int BATCH = 10;

    @TempDir
    static Path dir;
    private static Path inputs;
    private static GraphFingerprint faultFree;

    @BeforeAll
    static void faultFreeRun() throws IOException {
        inputs = Files.createDirectories(dir.resolve("inputs"));
        try (var files = Files.list(Path.of("samples/papers/jsonl"))) {
            for (Path f : files.toList()) {
                Files.copy(f, inputs.resolve(f.getFileName()));
            }
        }
        for (String tei : List.of("maml-header.tei.xml", "specter.tei.xml", "ai-literature-reviews.tei.xml")) {
            Files.copy(Path.of("samples/papers/tei", tei), inputs.resolve(tei));
        }
        TestNeo4j.clean();
        try (IngestPipeline pipeline = pipeline(TestNeo4j.driver(), new CountingExtractor(new RuleExtractor()))) {
            assertThat(pipeline.ingest(List.of(inputs), IngestListener.NONE).allOk()).isTrue();
        }
        faultFree = GraphFingerprint.of(TestNeo4j.driver());
        TestNeo4j.clean();
    }

    @Test
    void embeddedNeo4jStoppedAndStartedTwiceMidIngest() throws Exception {
        Path store = dir.resolve("embedded");
        EmbeddedNeo4j[] neo4j = {EmbeddedNeo4j.start(store, "127.0.0.1", 0)};
        int port = URI.create(neo4j[0].boltUri()).getPort();
        try (Driver driver = driver(port)) {
            GraphSchema.migrate(driver);
            outagesThenRecovery(driver, () -> neo4j[0].close(),
                    () -> neo4j[0] = EmbeddedNeo4j.start(store, "127.0.0.1", port));
        } finally {
            neo4j[0].close();
        }
    }

    @Test
    void harnessUnreachableTwiceMidIngest() throws Exception {
        TestNeo4j.clean();
        try (TcpProxy proxy = new TcpProxy(TestNeo4j.boltPort()); Driver driver = driver(proxy.port())) {
            outagesThenRecovery(driver, proxy::stop, () -> {
                try {
                    proxy.start();
                } catch (IOException e) {
                    throw new IllegalStateException(e);
                }
            });
        }
    }

    private void outagesThenRecovery(Driver driver, Runnable stop, Runnable restart) {
        CountingExtractor extractor = new CountingExtractor(new RuleExtractor());
        try (IngestPipeline pipeline = pipeline(driver, extractor)) {
            // down while the third batch is extracted, so its write finds the database gone
            extractor.onCall(2 * BATCH + 5, stop);
            IngestReport writing = pipeline.ingest(List.of(inputs), IngestListener.NONE);
            assertStoppedWithPending(writing, 0);
            assertThat(extractor.calls()).as("the ingest stopped at the failed write").isLessThan(3 * BATCH + 2);

            restart.run();
            // down after the third file's outcome is recorded, so the fourth one's record fails
            IngestReport recording = pipeline.ingest(List.of(inputs), onFileDone(3, stop));
            assertStoppedWithPending(recording, 3);

            restart.run();
            IngestReport recovered = pipeline.ingest(List.of(inputs), IngestListener.NONE);
            assertThat(recovered.allOk()).as(recovered.problems().toString()).isTrue();
            assertThat(GraphFingerprint.of(driver).differencesFrom(faultFree)).isEmpty();
        }
    }

    /** Every problem is a file left pending for the database, none failed, and {@code done} files finished. */
    private static void assertStoppedWithPending(IngestReport report, int done) {
        assertThat(report.count(Outcome.FAILED)).as(report.problems().toString()).isZero();
        assertThat(report.problems()).hasSize(report.files() - done).allSatisfy(e -> {
            assertThat(e.outcome()).isEqualTo(Outcome.PENDING);
            assertThat(e.reason()).startsWith(e.locator() + ": not finished, the graph database is unavailable");
        });
    }

    private static IngestListener onFileDone(int n, Runnable what) {
        return new IngestListener() {
            private int done;

            @Override
            public void fileDone(String locator, List<LedgerEntry> entries) {
                if (++done == n) {
                    what.run();
                }
            }
        };
    }

    private static IngestPipeline pipeline(Driver driver, CountingExtractor extractor) {
        return PipelineFixture.pipeline(driver, PaperSources.standard(SourceProperties.defaults(), GrobidProperties.off()),
                new ExtractorChoice(extractor, null, 2), PipelineFixture.batchSize(BATCH));
    }

    /** A driver that gives up on an unavailable database after a second, not the default half minute. */
    private static Driver driver(int port) {
        return GraphDatabase.driver("bolt://127.0.0.1:" + port, AuthTokens.none(),
                Config.builder().withMaxTransactionRetryTime(1, TimeUnit.SECONDS).build());
    }
}
