package org.paperkg.jobs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.paperkg.extract.ExtractorInfo;
import org.paperkg.graph.GraphWriter;
import org.paperkg.graph.IngestLedger;
import org.paperkg.graph.JobRun;
import org.paperkg.graph.JobRunStore;
import org.paperkg.graph.TestGraph;
import org.paperkg.graph.Times;
import org.paperkg.ground.Grounder;
import org.paperkg.pipeline.ExtractorChoice;
import org.paperkg.pipeline.IngestListener;
import org.paperkg.pipeline.IngestPipeline;
import org.paperkg.pipeline.IngestReport;
import org.paperkg.graph.Outcome;
import org.paperkg.pipeline.PipelineProperties;
import org.paperkg.resolve.Resolver;
import org.paperkg.source.PaperSources;
import org.paperkg.web.ServiceTestBase;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/** Each job on its short schedule in the running service does its work, recorded as runs. */
class ScheduledJobsTest extends ServiceTestBase {

    private static final Path TRANSFORMERS = Path.of("samples/papers/jsonl/method_lineage_transformer.jsonl");

    @Autowired
    ApplicationContext context;
    @Autowired
    JobRunStore runs;
    @Autowired
    IngestLedger ledger;

    @Test
    void reextractionOnItsScheduleReplacesAnOlderPromptVersionsFactsWholePaperByPaper() {
        ExtractorInfo current = org.paperkg.extract.OfflineExtractorV1.shippedInfo();
        ExtractorInfo old = new ExtractorInfo(current.extractor(), current.model(), "rules-before");
        int papers;
        try (IngestPipeline stale = new IngestPipeline(context.getBean(PaperSources.class),
                new ExtractorChoice(new StampedExtractor(old), null, 2), context.getBean(Grounder.class),
                context.getBean(Resolver.class), context.getBean(GraphWriter.class), ledger,
                PipelineProperties.defaults(), Clock.systemUTC())) {
            IngestReport report = stale.ingest(List.of(TRANSFORMERS), IngestListener.NONE);
            assertThat(report.count(Outcome.FAILED)).isZero();
            papers = report.papers();
        }

        await().atMost(WAIT).until(() -> TestGraph.number(context,
                "MATCH (p:Paper {promptVersion: 'rules-before'}) RETURN count(p)", Map.of()) == 0);

        assertThat(TestGraph.number(context, "MATCH ()-[r {promptVersion: 'rules-before'}]->() RETURN count(r)", Map.of()))
                .isZero();
        assertThat(TestGraph.number(context, "MATCH (p:Paper {promptVersion: $version}) WHERE p.id IN $ids RETURN count(p)",
                Map.of("version", current.promptVersion(),
                        "ids", ledger.find(List.of(TRANSFORMERS.toAbsolutePath().toString())).values().iterator().next()
                        .paperIds()))).isEqualTo(papers);
    }

    @Test
    void derivedEdgesOnTheirScheduleMoveCitationsFromStubsToPapersThatNowMatch() {
        String now = Times.iso(Instant.now());
        TestGraph.number(context, """
                CREATE (real:Paper {id: 'doi:10.9/sched', doi: '10.9/sched', title: 'Scheduled', extractedAt: $now}),
                       (stub:Paper {id: 'ref:sched', doi: '10.9/sched', stub: true}),
                       (c:Paper {id: 'sched-citing', extractedAt: $now}), (c)-[:CITES {paper: 'sched-citing'}]->(stub)
                RETURN 1""", Map.of("now", now));

        await().atMost(WAIT).until(() -> TestGraph.number(context,
                "MATCH (:Paper {id: 'sched-citing'})-[:CITES]->(:Paper {id: 'doi:10.9/sched'}) RETURN count(*)", Map.of())
                == 1);

        assertThat(TestGraph.number(context, "MATCH (s:Paper {id: 'ref:sched'}) RETURN count(s)", Map.of())).isZero();
        assertThat(runs.recent("derive", 200)).anyMatch(r -> r.counts().containsKey("010-citation-match.relationshipsCreated"));
    }

    @Test
    void aFailedFileIsRetriedOnItsScheduleUntilTheCap() {
        TestFiles.write("still not a paper".getBytes(), inbox().resolve("retry-me"), "junk.pdf");
        String failed = inbox().resolve("failed/retry-me/junk.pdf").toString();

        await().atMost(WAIT).until(() -> {
            var e = ledger.find(List.of(failed)).get(failed);
            return e != null && e.attempts() == 3; // max-attempts=3, a second apart in this context
        });

        assertThat(runs.recent("retry", 200)).anyMatch(r -> r.counts().getOrDefault("due", 0L) > 0);
        assertThat(Path.of(failed)).isRegularFile();
    }

    @Test
    void theStatisticsSnapshotCountsLabelsTypesAndFailuresByClass() {
        TestFiles.write("not a paper either".getBytes(), inbox(), "stats-junk.pdf");

        JobRun snapshot = await().atMost(WAIT).until(() -> runs.recent("stats", 1).stream().findFirst().orElse(null),
                r -> r != null && r.counts().getOrDefault("failures.unsupported-format", 0L) > 0
                        && r.counts().containsKey("inputs.FAILED"));

        assertThat(snapshot.status()).isEqualTo(JobRun.SUCCEEDED);
        assertThat(snapshot.counts()).containsKeys("nodes.JobRun", "inputs.FAILED", "stubPapers");
    }
}
