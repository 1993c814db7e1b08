package org.paperkg.jobs;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.paperkg.extract.Extractor;
import org.paperkg.extract.ExtractorInfo;
import org.paperkg.extract.RuleExtractor;
import org.paperkg.graph.TestNeo4j;
import org.paperkg.ground.TextGrounder;
import org.paperkg.pipeline.IngestListener;
import org.paperkg.pipeline.IngestPipeline;
import org.paperkg.pipeline.Reextraction;
import org.paperkg.resolve.AliasDirectory;
import org.paperkg.resolve.CanonicalResolver;

/** Re-extraction replaces an older prompt version's facts paper by paper, never leaving a paper half old, half new. */
class ReextractJobTest {

    private static final ExtractorInfo OLD = new ExtractorInfo("offline-rules", "rules-v0", "rules-old");
    private static final ExtractorInfo LLM = new ExtractorInfo("llm", "Qwen/Qwen3-8B", "p-1");
    private static final Path GNN = Path.of("samples", "papers", "jsonl", "method_lineage_gnn.jsonl");
    private static final Path SEED = Path.of("samples", "papers", "jsonl", "seed-drug-target.jsonl");

    /** Papers with any fact (paper edges, or method relations it states) whose prompt version is not the paper's. */
    private static final String MIXED = """
            MATCH (p:Paper) WHERE NOT coalesce(p.stub, false)
            WITH p, [(p)-[r]->() WHERE r.promptVersion IS NOT NULL | r.promptVersion]
                  + [(:Entity)-[r {paper: p.id}]->(:Entity) WHERE r.promptVersion IS NOT NULL | r.promptVersion] AS versions
            WHERE any(v IN versions WHERE v <> p.promptVersion)
            RETURN count(p)""";

    /**
     * Mixed papers a reader sees and still sees when it looks again at once. Neo4j reads at
     * read-committed isolation, so one query can straddle another transaction's commit and see part of
     * it; a paper written in one transaction is whole on the second look, while a paper whose old and
     * new facts were written in separate transactions stays mixed between them.
     */
    private static long confirmedMixed() {
        long seen = TestNeo4j.number(MIXED, Map.of());
        return seen == 0 ? 0 : Math.min(seen, TestNeo4j.number(MIXED, Map.of()));
    }

    @BeforeEach
    void ingestWithTheOldPromptVersion() {
        TestNeo4j.clean();
        try (IngestPipeline old = JobsFixture.pipeline(new StampedExtractor(OLD));
                IngestPipeline llm = JobsFixture.pipeline(new StampedExtractor(LLM))) {
            old.ingest(List.of(GNN), IngestListener.NONE);
            llm.ingest(List.of(SEED), IngestListener.NONE);
        }
    }

    private static long papers(String promptVersion) {
        return TestNeo4j.number("MATCH (p:Paper {promptVersion: $v}) RETURN count(p)", Map.of("v", promptVersion));
    }

    private static JobReport run(Extractor current) {
        JobReport report = new JobReport();
        try (Reextraction reextraction = new Reextraction(current, 2, new TextGrounder(), new CanonicalResolver(AliasDirectory.withCuratedAliases()),
                JobsFixture.writer())) {
            new ReextractJob(JobsFixture.reader(), reextraction, current.info(), JobsFixture.props().reextract())
                    .run(report);
        }
        return report;
    }

    @Test
    void everyOlderPaperIsRewrittenInBatchesAndNoReaderEverSeesAMixedPaper() throws Exception {
        long old = papers("rules-old");
        long oldFacts = TestNeo4j.number("MATCH (:Paper)-[r {promptVersion: 'rules-old'}]->() RETURN count(r)", Map.of());
        assertThat(old).isEqualTo(31);
        assertThat(oldFacts).isPositive();

        AtomicBoolean done = new AtomicBoolean();
        AtomicLong worst = new AtomicLong();
        AtomicLong looks = new AtomicLong();
        CountDownLatch watching = new CountDownLatch(1);
        CompletableFuture<Void> watcher = CompletableFuture.runAsync(() -> {
            while (!done.get()) {
                worst.accumulateAndGet(confirmedMixed(), Math::max);
                looks.incrementAndGet();
                watching.countDown();
            }
        });
        watching.await();
        JobReport report = run(new RuleExtractor());
        done.set(true);
        watcher.get();

        assertThat(report.counts()).containsEntry("rewritten", 31L).containsEntry("batches", 11L)
                .containsEntry("failed", 0L);
        assertThat(papers("rules-old")).isZero();
        assertThat(papers("rules-v0")).isEqualTo(31);
        assertThat(TestNeo4j.number("MATCH ()-[r {promptVersion: 'rules-old'}]->() RETURN count(r)", Map.of())).isZero();
        assertThat(TestNeo4j.number(MIXED, Map.of())).isZero();
        assertThat(looks.get()).isGreaterThan(1);
        assertThat(worst.get()).as("mixed papers seen by %d concurrent reads", looks.get()).isZero();
        assertThat(papers("p-1")).as("another extractor's papers are left alone").isEqualTo(1);
        assertThat(run(new RuleExtractor()).counts()).as("nothing left to do").doesNotContainKey("rewritten");
    }

    @Test
    void aPaperWhoseExtractionFailsKeepsAllItsOldFacts() {
        String victim = "arxiv:1609.02907";
        long victimFacts = TestNeo4j.number("MATCH (:Paper {id: $id})-[r]->() RETURN count(r)", Map.of("id", victim));

        JobReport report = run(new StampedExtractor(RuleExtractor.INFO, Set.of(victim), false));

        assertThat(report.counts()).containsEntry("rewritten", 30L).containsEntry("failed", 1L);
        assertThat(report.errors()).singleElement().asString().startsWith(victim);
        assertThat(TestNeo4j.text("MATCH (p:Paper {id: $id}) RETURN p.promptVersion", Map.of("id", victim)))
                .isEqualTo("rules-old");
        assertThat(TestNeo4j.number("MATCH (:Paper {id: $id})-[r]->() RETURN count(r)", Map.of("id", victim)))
                .isEqualTo(victimFacts);
        assertThat(TestNeo4j.number(MIXED, Map.of())).isZero();
    }

    @Test
    void whenTheExtractorIsUnavailableTheRunStopsAndTouchesNothing() {
        JobReport report = run(new StampedExtractor(RuleExtractor.INFO, Set.of("*"), true));

        assertThat(report.counts()).containsEntry("batches", 1L).containsEntry("pending", 3L).containsEntry("rewritten", 0L);
        assertThat(report.errors()).singleElement().asString().contains("waits for the next run");
        assertThat(papers("rules-old")).isEqualTo(31);
    }
}
