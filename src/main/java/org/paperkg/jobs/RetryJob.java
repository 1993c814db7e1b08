package org.paperkg.jobs;

import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.paperkg.graph.GraphReader;
import org.paperkg.graph.IngestLedger;
import org.paperkg.graph.LedgerEntry;
import org.paperkg.graph.Outcome;
import org.paperkg.graph.Times;

/**
 * {@code retry}: ingests failed and pending input files again once their wait is over. The wait grows
 * with every attempt (initial back-off × multiplier^(attempts − 1), capped), and after the last allowed
 * attempt an input is left alone until its content changes. A retried inbox file that now passes moves
 * from {@code failed/} to {@code processed/}. A file that is gone is marked as given up.
 */
final class RetryJob implements Job {

    private final GraphReader reader;
    private final IngestLedger ledger;
    private final InboxIngest ingest;
    private final JobsProperties.Retry props;
    private final Clock clock;

    RetryJob(GraphReader reader, IngestLedger ledger, InboxIngest ingest, JobsProperties.Retry props, Clock clock) {
        this.reader = reader;
        this.ledger = ledger;
        this.ingest = ingest;
        this.props = props;
        this.clock = clock;
    }

    @Override
    public String name() {
        return "retry";
    }

    @Override
    public JobSchedule schedule() {
        return props;
    }

    @Override
    public void run(JobReport report) {
        Map<String, Object> params = new HashMap<>();
        params.put("now", Times.iso(clock.instant()));
        params.put("maxAttempts", props.maxAttempts());
        params.put("initialSeconds", props.initialBackoff().toSeconds());
        params.put("multiplier", props.multiplier());
        params.put("maxSeconds", props.maxBackoff().toSeconds());
        params.put("limit", props.maxFiles());
        List<Path> files = new ArrayList<>();
        List<String> gone = new ArrayList<>();
        for (Map<String, Object> due : reader.query("ledger/retry-due", params)) {
            String locator = (String) due.get("locator");
            Path file = Path.of(locator);
            if (Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)) {
                files.add(file);
            } else {
                gone.add(locator);
            }
        }
        report.add("due", files.size() + gone.size());
        giveUp(gone, report);
        ingest.ingest(files, report);
    }

    /** Files that are no longer there cannot pass: their entries take the last attempt. */
    private void giveUp(List<String> gone, JobReport report) {
        if (gone.isEmpty()) {
            return;
        }
        List<LedgerEntry> updated = ledger.find(gone).values().stream().map(e -> new LedgerEntry(e.locator(),
                e.contentHash(), e.format(), Outcome.FAILED, e.locator() + ": the file no longer exists, so it is not "
                        + "retried (was: " + e.reason() + ")", e.paperIds(), props.maxAttempts(), clock.instant()))
                .toList();
        ledger.record(updated);
        report.add("gone", updated.size());
    }
}
