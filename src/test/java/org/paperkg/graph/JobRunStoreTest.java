package org.paperkg.graph;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Job runs recorded in the graph: start, end with counts and errors, newest first, bounded history. */
class JobRunStoreTest {

    private final JobRunStore store = new JobRunStore(TestNeo4j.driver(), new CypherCatalog());
    private final Instant t0 = Instant.parse("2026-11-28T10:00:00Z");

    @BeforeEach
    void clean() {
        TestNeo4j.clean();
    }

    private JobRun started(String id, String job, Instant at) {
        JobRun run = new JobRun(id, job, "schedule", "host/1", JobRun.RUNNING, at, null, Map.of(), List.of());
        store.started(run);
        return run;
    }

    @Test
    void aRunIsRecordedWhenItStartsAndWhenItEnds() {
        JobRun run = started("r1", "inbox-scan", t0);
        assertThat(store.find("r1")).get().extracting(JobRun::status, JobRun::endedAt).containsExactly(JobRun.RUNNING, null);

        store.finished(run.ended(JobRun.SUCCEEDED, t0.plusMillis(1500), Map.of("files", 3L, "ingested", 2L),
                List.of("failed: a.pdf: not a PDF")));

        JobRun found = store.find("r1").orElseThrow();
        assertThat(found.status()).isEqualTo(JobRun.SUCCEEDED);
        assertThat(found.startedAt()).isEqualTo(t0);
        assertThat(found.endedAt()).isEqualTo(t0.plusMillis(1500));
        assertThat(found.counts()).containsExactly(Map.entry("files", 3L), Map.entry("ingested", 2L));
        assertThat(found.errors()).containsExactly("failed: a.pdf: not a PDF");
        assertThat(found.instance()).isEqualTo("host/1");
    }

    @Test
    void runsAreListedNewestFirstEvenWithinOneSecond() {
        // Instant.toString would order "…:00Z" after "…:00.5Z"; the stored form keeps time order
        started("whole", "stats", t0);
        started("half", "stats", t0.plusMillis(500));
        started("other", "derive", t0.plusMillis(700));

        assertThat(store.recent("stats", 10)).extracting(JobRun::id).containsExactly("half", "whole");
        assertThat(store.recent(null, 10)).extracting(JobRun::id).containsExactly("other", "half", "whole");
        assertThat(store.recent(null, 1)).extracting(JobRun::id).containsExactly("other");
    }

    @Test
    void theLastSuccessIsTheStartOfTheNewestSucceededRun() {
        JobRun a = started("a", "derive", t0);
        store.finished(a.ended(JobRun.SUCCEEDED, t0.plusSeconds(1), Map.of(), List.of()));
        JobRun b = started("b", "derive", t0.plusSeconds(60));
        store.finished(b.ended(JobRun.FAILED, t0.plusSeconds(61), Map.of(), List.of("boom")));
        started("c", "derive", t0.plusSeconds(120));

        assertThat(store.lastSuccessStart("derive")).contains(t0);
        assertThat(store.lastSuccessStart("stats")).isEmpty();
    }

    @Test
    void pruningKeepsTheNewestFinishedRunsAndAnyRunningOne() {
        for (int i = 0; i < 5; i++) {
            JobRun r = started("s" + i, "stats", t0.plusSeconds(i));
            store.finished(r.ended(JobRun.SUCCEEDED, t0.plusSeconds(i), Map.of(), List.of()));
        }
        started("running", "stats", t0.plusSeconds(10));
        started("keep-other-job", "derive", t0);

        assertThat(store.prune("stats", 2)).isEqualTo(3);

        assertThat(store.recent(null, 10)).extracting(JobRun::id).containsExactly("running", "s4", "s3", "keep-other-job");
    }
}
