package org.paperkg.jobs;

import java.time.Instant;
import java.util.Map;
import org.paperkg.graph.CypherFolderRunner;
import org.paperkg.graph.JobRunStore;
import org.paperkg.graph.Times;

/**
 * {@code derive}: derived edges (citation matching, lineage inference) over the papers written since
 * the last successful run. Runs every statement file of {@code cypher/derive/} in name order, each in
 * its own write transaction, with {@code $since} set to that run's start (so papers written while it ran
 * are looked at again), and counts what each file changed.
 */
final class DerivedEdgesJob implements Job {

    static final String NAME = "derive";

    private final CypherFolderRunner statements;
    private final JobRunStore runs;
    private final JobsProperties.Derive props;

    DerivedEdgesJob(CypherFolderRunner statements, JobRunStore runs, JobsProperties.Derive props) {
        this.statements = statements;
        this.runs = runs;
        this.props = props;
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public JobSchedule schedule() {
        return props;
    }

    @Override
    public void run(JobReport report) {
        Instant since = runs.lastSuccessStart(NAME).orElse(Instant.EPOCH);
        for (CypherFolderRunner.FileResult r : statements.run("derive", Map.of("since", Times.iso(since)))) {
            String file = r.name().substring(r.name().lastIndexOf('/') + 1);
            report.add("files", 1);
            r.counts().forEach((k, n) -> report.add(file + "." + k, n));
            if (r.error() != null) {
                report.error(file + ": " + r.error());
            }
        }
    }
}
