package org.paperkg.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.NoSuchElementException;
import org.paperkg.graph.JobRun;
import org.paperkg.graph.JobRunStore;
import org.paperkg.jobs.Job;
import org.paperkg.jobs.JobRunner;
import org.paperkg.jobs.JobsProperties;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The scheduled jobs: their schedules and recent runs, and a run on demand. */
@RestController
@RequestMapping("/api/jobs")
@ConditionalOnWebApplication
@Tag(name = "jobs")
class JobController {

    /**
     * @param name      the job
     * @param scheduled runs on its schedule (both the job's switch and {@code paperkg.jobs.enabled} are on)
     * @param interval  the delay between runs, when no cron is set
     * @param cron      the cron expression, or {@code null}
     * @param runs      its latest runs, newest first
     */
    record JobInfo(String name, boolean scheduled, Duration interval, String cron, List<JobRun> runs) {
    }

    private static final int MAX_LIMIT = 200;

    private final JobRunner runner;
    private final JobRunStore runs;
    private final JobsProperties props;

    JobController(JobRunner runner, JobRunStore runs, JobsProperties props) {
        this.runner = runner;
        this.runs = runs;
        this.props = props;
    }

    @Operation(summary = "Every job with its schedule and its latest runs")
    @GetMapping
    List<JobInfo> jobs(@RequestParam(defaultValue = "5") int limit) {
        checkLimit(limit);
        return runner.jobs().stream().map(j -> info(j, limit)).toList();
    }

    @Operation(summary = "The latest runs of one job, newest first")
    @GetMapping("/{job}/runs")
    List<JobRun> runs(@PathVariable String job, @RequestParam(defaultValue = "20") int limit) {
        checkLimit(limit);
        return runs.recent(job(job).name(), limit);
    }

    @Operation(summary = "One run")
    @GetMapping("/runs/{id}")
    JobRun run(@PathVariable String id) {
        return runs.find(id).orElseThrow(() -> new NoSuchElementException("no job run with id '" + id + "'"));
    }

    @Operation(summary = "Runs a job now", description = "202 with the started run; 409 when a run of it is going on "
            + "(in this or another instance: the lock is in the database).")
    @PostMapping("/{job}/run")
    ResponseEntity<JobRun> trigger(@PathVariable String job) {
        String name = job(job).name();
        JobRun run = runner.trigger(name).orElseThrow(() -> Problems.exception(HttpStatus.CONFLICT, "job-running",
                "job '" + name + "' is running already; try again when it is done"));
        return ResponseEntity.accepted().location(URI.create("/api/jobs/runs/" + run.id())).body(run);
    }

    private Job job(String name) {
        return runner.job(name).orElseThrow(() -> new NoSuchElementException("no job named '" + name + "'; jobs are "
                + runner.jobs().stream().map(Job::name).toList()));
    }

    private JobInfo info(Job j, int limit) {
        String cron = j.schedule().cron() == null || j.schedule().cron().isBlank() ? null : j.schedule().cron();
        return new JobInfo(j.name(), props.enabled() && j.schedule().enabled(), j.schedule().interval(), cron,
                runs.recent(j.name(), limit));
    }

    private static void checkLimit(int limit) {
        if (limit < 1 || limit > MAX_LIMIT) {
            throw new IllegalArgumentException("limit must be between 1 and " + MAX_LIMIT + ", was " + limit);
        }
    }
}
