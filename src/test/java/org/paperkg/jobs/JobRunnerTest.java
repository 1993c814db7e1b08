package org.paperkg.jobs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.paperkg.graph.JobRun;
import org.paperkg.graph.JobRunStore;
import org.paperkg.graph.TestNeo4j;

/** Runs are locked across instances on one database, recorded, and requests during a run are served after it. */
class JobRunnerTest {

    /** A job that blocks in its run until released, counting its runs. */
    static final class GateJob implements Job {
        final CountDownLatch started = new CountDownLatch(1);
        final CountDownLatch release = new CountDownLatch(1);
        final AtomicInteger runs = new AtomicInteger();

        @Override
        public String name() {
            return "gate";
        }

        @Override
        public JobSchedule schedule() {
            return JobsFixture.props().stats();
        }

        @Override
        public void run(JobReport report) throws InterruptedException {
            runs.incrementAndGet();
            started.countDown();
            if (!release.await(60, TimeUnit.SECONDS)) {
                throw new IllegalStateException("never released");
            }
            report.add("done", 1);
        }
    }

    private final JobRunStore store = JobsFixture.runs();
    private final GateJob gate = new GateJob();
    private JobRunner instanceA;
    private JobRunner instanceB;

    @BeforeEach
    void clean() {
        TestNeo4j.clean();
        instanceA = JobsFixture.runner("host-a/1", List.of(gate));
        instanceB = JobsFixture.runner("host-b/2", List.of(gate));
    }

    @AfterEach
    void close() {
        gate.release.countDown();
        instanceA.close();
        instanceB.close();
    }

    private JobRun awaitEnd(String id) {
        return await().atMost(Duration.ofSeconds(60)).until(() -> store.find(id).orElseThrow(),
                r -> !r.status().equals(JobRun.RUNNING));
    }

    @Test
    void whileARunHoldsTheLockNoSecondRunStartsHereOrInAnotherInstance() throws Exception {
        JobRun first = instanceA.trigger("gate").orElseThrow();
        assertThat(gate.started.await(60, TimeUnit.SECONDS)).isTrue();
        assertThat(store.find(first.id())).get().extracting(JobRun::status).isEqualTo(JobRun.RUNNING);

        assertThat(instanceB.trigger("gate")).as("another instance").isEmpty();
        assertThat(instanceA.trigger("gate")).as("this instance").isEmpty();
        instanceB.tick("gate"); // a scheduled tick elsewhere passes without running
        assertThat(gate.runs).hasValue(1);

        gate.release.countDown();
        JobRun ended = awaitEnd(first.id());
        assertThat(ended.status()).isEqualTo(JobRun.SUCCEEDED);
        assertThat(ended.counts()).containsEntry("done", 1L);
        assertThat(ended.instance()).isNotBlank();

        Optional<JobRun> next = instanceB.trigger("gate");
        assertThat(next).as("free again once the run is over").isPresent();
        awaitEnd(next.get().id());
        assertThat(gate.runs).hasValue(2);
    }

    @Test
    void aFailingRunIsRecordedAsFailedWithItsErrorAndReleasesTheLock() {
        Job broken = new Job() {
            @Override
            public String name() {
                return "broken";
            }

            @Override
            public JobSchedule schedule() {
                return JobsFixture.props().stats();
            }

            @Override
            public void run(JobReport report) {
                report.add("before", 2);
                throw new IllegalStateException("the disk is full");
            }
        };
        JobRunner runner = JobsFixture.runner("host-c/3", List.of(broken));
        try {
            runner.tick("broken");
            JobRun run = store.recent("broken", 1).get(0);
            assertThat(run.status()).isEqualTo(JobRun.FAILED);
            assertThat(run.counts()).containsEntry("before", 2L);
            assertThat(run.errors()).singleElement().asString().contains("the disk is full");
            assertThat(run.trigger()).isEqualTo("schedule");
            assertThat(runner.trigger("broken")).as("the lock was released").isPresent();
        } finally {
            runner.close();
        }
    }

    @Test
    void requestsMadeDuringARunAreServedByOneMoreRunRightAfterIt() throws Exception {
        JobRun first = instanceA.trigger("gate").orElseThrow();
        assertThat(gate.started.await(60, TimeUnit.SECONDS)).isTrue();

        instanceA.request("gate");
        instanceA.request("gate");
        gate.release.countDown();

        await().atMost(Duration.ofSeconds(60)).until(() -> store.recent("gate", 10).stream()
                .filter(r -> r.status().equals(JobRun.SUCCEEDED)).count() >= 2);
        List<JobRun> runs = store.recent("gate", 10);
        assertThat(runs.get(runs.size() - 1).id()).isEqualTo(first.id());
        assertThat(runs.get(0).trigger()).isEqualTo("request");
    }
}
