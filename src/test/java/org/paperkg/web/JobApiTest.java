package org.paperkg.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import net.javacrumbs.shedlock.core.LockConfiguration;
import net.javacrumbs.shedlock.core.SimpleLock;
import org.junit.jupiter.api.Test;
import org.paperkg.graph.Neo4jLockProvider;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/** The jobs API: schedules and runs listed, a run on demand, and 409 while the job's lock is held. */
class JobApiTest extends ServiceTestBase {

    @Autowired
    Neo4jLockProvider locks;

    @Test
    void everyJobIsListedWithItsScheduleAndRecentRuns() {
        JsonNode jobs = api().get("/api/jobs").json();

        assertThat(Api.texts(jobs, "name")).containsExactly("inbox-scan", "retry", "reextract", "derive", "stats");
        assertThat(jobs.get(0).at("/scheduled").asBoolean()).isTrue();
        assertThat(jobs.get(0).at("/interval").asString()).isEqualTo("PT0.2S");
        await().atMost(WAIT).until(() -> api().get("/api/jobs").json().get(0).at("/runs").size() > 0);
        JsonNode run = api().get("/api/jobs").json().get(0).at("/runs/0");
        assertThat(run.at("/job").asString()).isEqualTo("inbox-scan");
        assertThat(run.at("/trigger").asString()).isIn("schedule", "request");
        assertThat(run.at("/startedAt").asString()).endsWith("Z");
    }

    @Test
    void aRunOnDemandIsRecordedWithWhatItDid() {
        Api.Response accepted = await().atMost(WAIT).until(() -> writer().postJson("/api/jobs/stats/run", Map.of()),
                r -> r.status() == 202); // a scheduled run may hold the lock for a moment
        String id = accepted.json().at("/id").asString();
        assertThat(accepted.json().at("/trigger").asString()).isEqualTo("manual");
        assertThat(accepted.headers().getLocation()).hasToString("/api/jobs/runs/" + id);

        JsonNode run = await().atMost(WAIT).until(() -> api().get("/api/jobs/runs/" + id).json(),
                r -> !r.at("/status").asString().equals("RUNNING"));

        assertThat(run.at("/status").asString()).isEqualTo("SUCCEEDED");
        assertThat(run.at("/counts").has("stubPapers")).isTrue();
        assertThat(api().get("/api/jobs/stats/runs?limit=50").json().valueStream()
                .anyMatch(r -> r.at("/id").asString().equals(id))).isTrue();
    }

    @Test
    void whileAnotherInstanceHoldsTheLockARunOnDemandIsAConflict() {
        LockConfiguration config = new LockConfiguration(Instant.now(), "derive", Duration.ofMinutes(5), Duration.ZERO);
        SimpleLock held = await().atMost(WAIT).until(() -> locks.lock(config), Optional::isPresent).orElseThrow();
        try {
            Api.Response r = writer().postJson("/api/jobs/derive/run", Map.of());

            assertThat(r.status()).isEqualTo(409);
            assertThat(r.contentType()).startsWith("application/problem+json");
            assertThat(r.json().at("/type").asString()).isEqualTo("urn:paperkg:problem:job-running");
        } finally {
            held.unlock();
        }
        assertThat(await().atMost(WAIT).until(() -> writer().postJson("/api/jobs/derive/run", Map.of()).status(),
                s -> s == 202)).isEqualTo(202);
    }

    @Test
    void unknownJobsAndRunsAreNotFound() {
        assertThat(writer().postJson("/api/jobs/nope/run", Map.of()).status()).isEqualTo(404);
        assertThat(api().get("/api/jobs/nope/runs").json().at("/detail").asString()).contains("inbox-scan");
        assertThat(api().get("/api/jobs/runs/no-such-run").status()).isEqualTo(404);
        assertThat(api().get("/api/jobs?limit=0").status()).isEqualTo(400);
    }
}
