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
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.paperkg.graph.LedgerEntry;
import org.paperkg.graph.Neo4jIngestLedger;
import org.paperkg.graph.Outcome;
import org.paperkg.graph.TestNeo4j;
import org.paperkg.pipeline.IngestPipeline;

/** The inbox scan ingests every format it is given and files each input under processed/ or failed/. */
class InboxScanJobTest {

    @TempDir
    Path dir;

    private final Neo4jIngestLedger ledger = JobsFixture.ledger();
    private final SimpleMeterRegistry meters = new SimpleMeterRegistry();
    private IngestPipeline pipeline;
    private Inbox inbox;
    private InboxScanJob job;

    @BeforeEach
    void setUp() {
        TestNeo4j.clean();
        pipeline = JobsFixture.pipeline();
        inbox = new Inbox(new InboxProperties(dir.resolve("inbox"), Duration.ZERO), Clock.systemUTC());
        InboxIngest ingest = new InboxIngest(pipeline, new InboxMover(inbox, ledger, Clock.systemUTC()),
                new IngestMetrics(meters));
        job = new InboxScanJob(inbox, ingest, JobsFixture.props().inboxScan());
    }

    @AfterEach
    void close() {
        pipeline.close();
    }

    private JobReport scan() {
        JobReport report = new JobReport();
        job.run(report);
        return report;
    }

    private LedgerEntry entry(Path file) {
        return ledger.find(List.of(file.toString())).get(file.toString());
    }

    @Test
    void everyFormatIsIngestedAndMovedWithItsLedgerEntry() throws IOException {
        Path root = inbox.root();
        TestFiles.drop(Path.of("samples/papers/tei/specter.tei.xml"), root.resolve("tei"), "specter.tei.xml");
        TestFiles.drop(TestFiles.resource("fixtures/arxiv/query-bert-dgcnn.atom.xml"), root, "arxiv-export");
        TestFiles.drop(Path.of("samples/papers/jsonl/seed-drug-target.jsonl"), root, "seed.jsonl");
        TestFiles.drop(Path.of("samples/papers/pdf/acl-N18-3011-literature-graph.pdf"), root.resolve("pdf"), "paper");

        JobReport report = scan();

        assertThat(report.counts()).containsEntry("files", 4L).containsEntry("moved", 4L).containsEntry("failed", 0L);
        assertThat(inbox.newFiles(100)).isEmpty();
        Path tei = root.resolve("processed/tei/specter.tei.xml");
        assertThat(tei).isRegularFile();
        assertThat(entry(tei).outcome()).isEqualTo(Outcome.INGESTED);
        assertThat(entry(tei).paperIds()).hasSize(1);
        assertThat(entry(root.resolve("processed/pdf/paper")).format()).isEqualTo("pdf");
        Path arxiv = root.resolve("processed/arxiv-export");
        assertThat(entry(arxiv).format()).isEqualTo("arxiv");
        assertThat(entry(arxiv).paperIds()).containsExactlyInAnyOrder("arxiv:1810.04805", "doi:10.1145/3326362");
        assertThat(ledger.find(List.of(arxiv + "#1", arxiv + "#2"))).hasSize(2);
        assertThat(TestNeo4j.number("MATCH (p:Paper) WHERE NOT coalesce(p.stub, false) RETURN count(p)", Map.of()))
                .isEqualTo(5);
        assertThat(meters.counter("paperkg.papers.ingested").count()).isEqualTo(5);
        assertThat(scan().counts()).containsEntry("files", 0L);
    }

    @Test
    void failuresGoToFailedWithAReasonFileNamingEachBadRecord() throws IOException {
        Path root = inbox.root();
        TestFiles.write("hello, I am not a PDF".getBytes(StandardCharsets.UTF_8), root, "paper.pdf");
        TestFiles.drop(TestFiles.resource("fixtures/pubmed/efetch-articles.xml"), root, "pubmed.xml");

        JobReport report = scan();

        assertThat(report.counts()).as(report.errors().toString()).containsEntry("files", 2L).containsEntry("moved", 2L).containsEntry("ingested", 1L)
                .containsEntry("failed", 4L);
        Path bad = root.resolve("failed/paper.pdf");
        assertThat(bad).isRegularFile();
        assertThat(Files.readString(root.resolve("failed/paper.pdf.reason.txt")))
                .contains("outcome: FAILED", "not a PDF, TEI, JSON Lines, PubMed XML or arXiv Atom file", "attempts: 1");
        assertThat(entry(bad).outcome()).isEqualTo(Outcome.FAILED);
        String pubmedReason = Files.readString(root.resolve("failed/pubmed.xml.reason.txt"));
        assertThat(pubmedReason).contains("3 of 4 records not ingested", "records:", "#2 failed: ", "no abstract",
                "#3 failed: ", "has neither a title nor an abstract", "#4 failed: ", "book record");
        assertThat(TestNeo4j.number("MATCH (p:Paper {pmid: '90000001'}) RETURN count(p)", Map.of()))
                .as("the good records of a failed file are in the graph").isEqualTo(1);
        assertThat(meters.counter("paperkg.papers.failed", "outcome", "failed", "reason", "unsupported-format").count())
                .isEqualTo(2);
        assertThat(meters.counter("paperkg.papers.failed", "outcome", "failed", "reason", "no-text").count()).isEqualTo(2);
    }

    @Test
    void aFileOfTheSameNameGoesBesideTheFirstNotOverIt() throws IOException {
        Path seed = Path.of("samples/papers/jsonl/seed-drug-target.jsonl");
        TestFiles.drop(seed, inbox.root(), "seed.jsonl");
        scan();
        TestFiles.drop(Path.of("samples/papers/jsonl/method_lineage_gnn.jsonl"), inbox.root(), "seed.jsonl");

        scan();

        assertThat(Files.mismatch(inbox.root().resolve("processed/seed.jsonl"), seed)).isEqualTo(-1);
        Path second = inbox.root().resolve("processed/seed-2.jsonl");
        assertThat(entry(second).paperIds()).hasSize(31);
    }
}
