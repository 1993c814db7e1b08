package org.paperkg.jobs;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.paperkg.graph.LedgerEntry;
import org.paperkg.graph.Outcome;
import org.paperkg.pipeline.IngestListener;
import org.paperkg.pipeline.IngestPipeline;
import org.paperkg.pipeline.IngestReport;

/**
 * Ingests files with the pipeline, counts the outcomes, and settles each inbox file where its outcome says
 * as soon as it is done (so the ledger and the folders agree again at once, and a status request sees
 * progress file by file).
 */
final class InboxIngest {

    private final IngestPipeline pipeline;
    private final InboxMover mover;
    private final IngestMetrics metrics;

    InboxIngest(IngestPipeline pipeline, InboxMover mover, IngestMetrics metrics) {
        this.pipeline = pipeline;
        this.mover = mover;
        this.metrics = metrics;
    }

    void ingest(List<Path> files, JobReport report) {
        if (files.isEmpty()) {
            return;
        }
        IngestListener settle = new IngestListener() {
            @Override
            public void fileDone(String locator, List<LedgerEntry> entries) {
                InboxIngest.this.settle(Path.of(locator), entries, report);
            }
        };
        IngestReport result = pipeline.ingest(files, metrics.and(settle));
        for (Outcome o : Outcome.values()) {
            report.add(o.name().toLowerCase(Locale.ROOT), result.count(o));
        }
        report.add("papers", result.papers());
        result.problems().forEach(p -> report.error(p.outcome().name().toLowerCase(Locale.ROOT) + ": " + p.reason()));
    }

    private void settle(Path file, List<LedgerEntry> entries, JobReport report) {
        try {
            if (!mover.settle(file, entries).equals(file)) {
                report.add("moved", 1);
            }
        } catch (IOException | RuntimeException e) {
            report.error(file + ": ingested, but could not be moved out of the inbox: " + e);
        }
    }
}
