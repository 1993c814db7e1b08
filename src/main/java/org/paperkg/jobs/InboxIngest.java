package org.paperkg.jobs;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.paperkg.graph.LedgerEntry;
import org.paperkg.graph.Outcome;
import org.paperkg.pipeline.IngestListener;
import org.paperkg.pipeline.IngestPipeline;
import org.paperkg.pipeline.IngestReport;

/** Ingests files with the pipeline, counts the outcomes, and settles inbox files where their outcome says. */
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
        Map<String, List<LedgerEntry>> byFile = new ConcurrentHashMap<>();
        IngestListener collect = new IngestListener() {
            @Override
            public void fileDone(String locator, List<LedgerEntry> entries) {
                byFile.put(locator, entries);
            }
        };
        IngestReport result = pipeline.ingest(files, metrics.and(collect));
        for (Outcome o : Outcome.values()) {
            report.add(o.name().toLowerCase(Locale.ROOT), result.count(o));
        }
        report.add("papers", result.papers());
        result.problems().forEach(p -> report.error(p.outcome().name().toLowerCase(Locale.ROOT) + ": " + p.reason()));
        for (Path file : files) {
            Path abs = file.toAbsolutePath().normalize();
            try {
                Path now = mover.settle(abs, byFile.getOrDefault(abs.toString(), List.of()));
                if (!now.equals(abs)) {
                    report.add("moved", 1);
                }
            } catch (IOException | RuntimeException e) {
                report.error(abs + ": ingested, but could not be moved out of the inbox: " + e);
            }
        }
    }
}
