package org.paperkg.jobs;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.paperkg.extract.Extractor;
import org.paperkg.extract.RuleExtractor;
import org.paperkg.graph.LedgerEntry;
import org.paperkg.graph.Neo4jIngestLedger;
import org.paperkg.graph.Outcome;
import org.paperkg.graph.TestNeo4j;
import org.paperkg.pipeline.IngestPipeline;

/** Failed and pending inputs come back after growing waits, up to a cap; a passing retry leaves failed/. */
class RetryJobTest {

    @TempDir
    Path dir;

    private final Neo4jIngestLedger ledger = JobsFixture.ledger();
    private Inbox inbox;

    @BeforeEach
    void setUp() {
        TestNeo4j.clean();
        inbox = new Inbox(new InboxProperties(dir.resolve("inbox"), Duration.ZERO), Clock.systemUTC());
    }

    private InboxIngest ingest(IngestPipeline pipeline) {
        return new InboxIngest(pipeline, new InboxMover(inbox, ledger, Clock.systemUTC()),
                new IngestMetrics(new SimpleMeterRegistry()));
    }

    /** One run of the scan with this extractor. */
    private void scan(Extractor extractor) {
        try (IngestPipeline p = JobsFixture.pipeline(extractor)) {
            new InboxScanJob(inbox, ingest(p), JobsFixture.props().inboxScan()).run(new JobReport());
        }
    }

    /** One run of the retry job as if it were {@code later} from now. */
    private JobReport retry(Extractor extractor, Duration later) {
        JobReport report = new JobReport();
        try (IngestPipeline p = JobsFixture.pipeline(extractor)) {
            new RetryJob(JobsFixture.reader(), ledger, ingest(p), JobsFixture.props().retry(),
                    Clock.offset(Clock.systemUTC(), later)).run(report);
        }
        return report;
    }

    private LedgerEntry entry(Path file) {
        return ledger.find(List.of(file.toString())).get(file.toString());
    }

    @Test
    void aPendingFileIsRetriedOnceItsWaitIsOverAndMovesToProcessedWhenItPasses() throws IOException {
        TestFiles.drop(Path.of("samples/papers/jsonl/seed-drug-target.jsonl"), inbox.root().resolve("batch"), "seed.jsonl");
        scan(new StampedExtractor(RuleExtractor.INFO, Set.of("*"), true)); // the LLM server is down
        Path failed = inbox.root().resolve("failed/batch/seed.jsonl");
        assertThat(entry(failed).outcome()).isEqualTo(Outcome.PENDING);
        assertThat(Files.readString(Inbox.reasonFile(failed))).contains("outcome: PENDING", "LLM server unreachable");

        assertThat(retry(new RuleExtractor(), Duration.ZERO).counts()).as("not yet: the first wait is a minute")
                .containsEntry("due", 0L);
        JobReport report = retry(new RuleExtractor(), Duration.ofMinutes(2));

        assertThat(report.counts()).containsEntry("due", 1L).containsEntry("ingested", 1L).containsEntry("moved", 1L);
        Path processed = inbox.root().resolve("processed/batch/seed.jsonl");
        assertThat(processed).isRegularFile();
        assertThat(failed).doesNotExist();
        assertThat(Inbox.reasonFile(failed)).doesNotExist();
        assertThat(entry(processed).outcome()).isEqualTo(Outcome.INGESTED);
        assertThat(entry(processed).attempts()).isEqualTo(2);
        assertThat(entry(failed)).isNull();
    }

    @Test
    void aBadFileIsRetriedWithGrowingWaitsUntilTheCapThenLeftAlone() {
        TestFiles.write("not a paper".getBytes(StandardCharsets.UTF_8), inbox.root(), "junk.pdf");
        scan(new RuleExtractor());
        Path failed = inbox.root().resolve("failed/junk.pdf");

        // waits after attempts 1..4: 1, 4, 16, 64 minutes; each check is 65 minutes after the last attempt
        for (int attempt = 1; attempt < 5; attempt++) {
            assertThat(entry(failed).attempts()).isEqualTo(attempt);
            assertThat(retry(new RuleExtractor(), Duration.ofMinutes(65L * attempt)).counts())
                    .as("retry after attempt %d", attempt).containsEntry("due", 1L).containsEntry("failed", 1L);
        }
        assertThat(entry(failed).attempts()).isEqualTo(5);
        assertThat(retry(new RuleExtractor(), Duration.ofDays(30)).counts()).as("the cap is 5 attempts")
                .containsEntry("due", 0L);
        assertThat(failed).isRegularFile();
    }

    @Test
    void aFileThatIsGoneIsGivenUp() throws IOException {
        TestFiles.write("not a paper".getBytes(StandardCharsets.UTF_8), inbox.root(), "junk.pdf");
        scan(new RuleExtractor());
        Path failed = inbox.root().resolve("failed/junk.pdf");
        Files.delete(failed);

        assertThat(retry(new RuleExtractor(), Duration.ofMinutes(2)).counts()).containsEntry("gone", 1L);

        assertThat(entry(failed).attempts()).isEqualTo(5);
        assertThat(entry(failed).reason()).contains("no longer exists");
        assertThat(retry(new RuleExtractor(), Duration.ofDays(30)).counts()).containsEntry("due", 0L);
    }
}
