package org.paperkg.jobs;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.List;
import java.util.Locale;
import org.paperkg.graph.LedgerEntry;
import org.paperkg.graph.Outcome;
import org.paperkg.pipeline.FailureClass;
import org.paperkg.pipeline.IngestListener;

/**
 * Counts ingest outcomes in Micrometer as files finish: {@code paperkg.papers.ingested} and
 * {@code paperkg.papers.failed} (tagged with the outcome, failed or pending, and the reason class), one
 * per record of a multi-record file, else one per file; unchanged inputs count as
 * {@code paperkg.papers.skipped}.
 */
public final class IngestMetrics implements IngestListener {

    private final MeterRegistry meters;

    public IngestMetrics(MeterRegistry meters) {
        this.meters = meters;
    }

    @Override
    public void fileDone(String locator, List<LedgerEntry> entries) {
        List<LedgerEntry> counted = entries.size() > 1
                ? entries.stream().filter(e -> !e.locator().equals(locator)).toList() : entries;
        for (LedgerEntry e : counted) {
            count(e);
        }
    }

    private void count(LedgerEntry e) {
        if (e.outcome() == Outcome.INGESTED) {
            Counter.builder("paperkg.papers.ingested").description("Inputs ingested into the graph")
                    .register(meters).increment();
        } else if (e.outcome() == Outcome.SKIPPED) {
            Counter.builder("paperkg.papers.skipped").description("Inputs unchanged since they were ingested")
                    .register(meters).increment();
        } else {
            Counter.builder("paperkg.papers.failed").description("Inputs not ingested, by outcome and reason class")
                    .tag("outcome", e.outcome().name().toLowerCase(Locale.ROOT))
                    .tag("reason", FailureClass.of(e.reason())).register(meters).increment();
        }
    }

    /** This listener together with another. */
    public IngestListener and(IngestListener other) {
        IngestListener self = this;
        return new IngestListener() {
            @Override
            public void started(int files) {
                self.started(files);
                other.started(files);
            }

            @Override
            public void fileDone(String locator, List<LedgerEntry> entries) {
                self.fileDone(locator, entries);
                other.fileDone(locator, entries);
            }
        };
    }
}
