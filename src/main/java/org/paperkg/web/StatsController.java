package org.paperkg.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.paperkg.graph.JobRun;
import org.paperkg.graph.JobRunStore;
import org.paperkg.jobs.GraphStatistics;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** What the graph and the ledger hold now, and the last statistics snapshot. */
@RestController
@ConditionalOnWebApplication
@Tag(name = "statistics")
class StatsController {

    /**
     * @param now          counts read now
     * @param lastSnapshot the latest run of the statistics job, or {@code null}
     */
    record Stats(GraphStatistics.Snapshot now, JobRun lastSnapshot) {
    }

    private final GraphStatistics statistics;
    private final JobRunStore runs;

    StatsController(GraphStatistics statistics, JobRunStore runs) {
        this.statistics = statistics;
        this.runs = runs;
    }

    @Operation(summary = "Nodes per label, relationships per type, inputs per outcome, failures by reason class")
    @GetMapping("/api/stats")
    Stats stats() {
        return new Stats(statistics.collect(), runs.recent("stats", 1).stream().findFirst().orElse(null));
    }
}
