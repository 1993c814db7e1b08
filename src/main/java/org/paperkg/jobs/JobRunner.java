package org.paperkg.jobs;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.time.Clock;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import net.javacrumbs.shedlock.core.LockConfiguration;
import net.javacrumbs.shedlock.core.LockProvider;
import net.javacrumbs.shedlock.core.SimpleLock;
import org.paperkg.graph.AppInstance;
import org.paperkg.graph.JobRun;
import org.paperkg.graph.JobRunStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs jobs: takes the job's lock (ShedLock, in the database, so a second run, here or in another
 * instance on the same database, is kept out), records a {@link JobRun} when the run starts and ends,
 * and counts runs in metrics. Scheduled runs run on the scheduler's thread; manual and requested runs
 * on this runner's own threads. A request made while the job runs here is served by one more run
 * right after, so an upload never waits for the next scheduled scan.
 */
public final class JobRunner implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(JobRunner.class);
    private static final Duration CLOSE_GRACE = Duration.ofSeconds(10);

    /** A run that holds its lock and has been recorded as started. */
    private record Started(Job job, JobRun run, SimpleLock lock) {
    }

    private final Map<String, Job> jobs = new LinkedHashMap<>();
    private final LockProvider locks;
    private final JobRunStore store;
    private final JobsProperties props;
    private final MeterRegistry meters;
    private final Clock clock;
    private final Map<String, AtomicBoolean> requested = new ConcurrentHashMap<>();
    private final ExecutorService executor;

    public JobRunner(List<Job> jobs, LockProvider locks, JobRunStore store, JobsProperties props, MeterRegistry meters,
            Clock clock) {
        jobs.forEach(j -> this.jobs.put(j.name(), j));
        this.locks = locks;
        this.store = store;
        this.props = props;
        this.meters = meters;
        this.clock = clock;
        AtomicInteger n = new AtomicInteger();
        this.executor = Executors.newFixedThreadPool(jobs.size() + 1, r -> {
            Thread t = new Thread(r, "job-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
    }

    public List<Job> jobs() {
        return List.copyOf(jobs.values());
    }

    public Optional<Job> job(String name) {
        return Optional.ofNullable(jobs.get(name));
    }

    /** A scheduled tick: runs the job now on this thread, unless a run holds its lock. */
    public void tick(String name) {
        start(job(name).orElseThrow(), "schedule").ifPresent(this::execute);
    }

    /**
     * Starts a run now, in the background.
     *
     * @return the started run, or empty when a run of the job holds its lock (here or elsewhere)
     */
    public Optional<JobRun> trigger(String name) {
        Optional<Started> started = start(job(name).orElseThrow(), "manual");
        started.ifPresent(s -> {
            if (!submit(() -> execute(s))) {
                unlock(s);
            }
        });
        return started.map(Started::run);
    }

    /** Asks for a run soon: now if the job is free, else right after the run that holds it here. */
    public void request(String name) {
        job(name).orElseThrow();
        flag(name).set(true);
        submit(() -> drain(name));
    }

    private void drain(String name) {
        while (flag(name).get()) {
            Optional<Started> started = start(jobs.get(name), "request");
            if (started.isEmpty()) {
                return; // the holder drains it when done, or the next tick serves it
            }
            execute(started.get());
        }
    }

    private Optional<Started> start(Job job, String trigger) {
        Duration atMost = props.lockAtMostFor();
        Optional<SimpleLock> lock = locks.lock(new LockConfiguration(clock.instant(), job.name(), atMost, Duration.ZERO));
        if (lock.isEmpty()) {
            log.debug("Job {} is running elsewhere; {} run skipped", job.name(), trigger);
            return Optional.empty();
        }
        flag(job.name()).set(false); // this run serves every request made so far
        JobRun run = new JobRun(UUID.randomUUID().toString(), job.name(), trigger, AppInstance.name(), JobRun.RUNNING,
                clock.instant(), null, Map.of(), List.of());
        try {
            store.started(run);
        } catch (RuntimeException e) {
            lock.get().unlock();
            throw e;
        }
        return Optional.of(new Started(job, run, lock.get()));
    }

    private JobRun execute(Started s) {
        JobReport report = new JobReport();
        String status = JobRun.SUCCEEDED;
        long t0 = System.nanoTime();
        try {
            s.job().run(report);
        } catch (Exception | LinkageError e) {
            status = JobRun.FAILED;
            report.error(e.toString());
            log.warn("Job {} failed", s.job().name(), e);
        }
        JobRun ended = s.run().ended(status, clock.instant(), report.counts(), report.errors());
        try {
            store.finished(ended);
            store.prune(s.job().name(), props.history());
        } catch (RuntimeException e) {
            log.warn("Could not record the end of job run {} of {}: {}", s.run().id(), s.job().name(), e.toString());
        } finally {
            unlock(s);
        }
        Timer.builder("paperkg.jobs.runs").description("Job runs by job and outcome")
                .tag("job", s.job().name()).tag("status", status).register(meters)
                .record(Duration.ofNanos(System.nanoTime() - t0));
        if (!report.errors().isEmpty() || log.isDebugEnabled()) {
            log.info("Job {} {}: {} {}", s.job().name(), status.toLowerCase(), ended.counts(), ended.errors());
        }
        if (flag(s.job().name()).get()) {
            submit(() -> drain(s.job().name()));
        }
        return ended;
    }

    /** Runs a task on this runner's threads; false once the runner is closing. */
    private boolean submit(Runnable task) {
        try {
            executor.execute(task);
            return true;
        } catch (java.util.concurrent.RejectedExecutionException e) {
            return false;
        }
    }

    private static void unlock(Started s) {
        try {
            s.lock().unlock();
        } catch (RuntimeException e) {
            log.warn("Could not release the lock of job {} ({}); it expires by itself", s.job().name(), e.toString());
        }
    }

    private AtomicBoolean flag(String name) {
        return requested.computeIfAbsent(name, k -> new AtomicBoolean());
    }

    /** Lets running jobs finish for a while (so they record their end and release their locks), then stops them. */
    @Override
    public void close() {
        executor.shutdown();
        try {
            if (!executor.awaitTermination(CLOSE_GRACE.toMillis(), java.util.concurrent.TimeUnit.MILLISECONDS)) {
                executor.shutdownNow();
            }
        } catch (InterruptedException e) {
            executor.shutdownNow();
            Thread.currentThread().interrupt();
        }
    }
}
