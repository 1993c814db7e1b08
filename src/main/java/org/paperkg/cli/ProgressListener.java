package org.paperkg.cli;

import java.time.Duration;
import java.util.List;
import me.tongfei.progressbar.ConsoleProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;
import org.paperkg.graph.LedgerEntry;
import org.paperkg.graph.Outcome;
import org.paperkg.pipeline.IngestListener;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Ingest progress for people: a progress bar (files done, rate, ETA, failures) on a terminal, and a log
 * line every few seconds when output goes to a file or a pipe.
 */
final class ProgressListener implements IngestListener, AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(ProgressListener.class);
    private static final long LOG_EVERY_NANOS = Duration.ofSeconds(10).toNanos();

    private final boolean terminal;
    private ProgressBar bar;
    private int total;
    private int done;
    private int failures;
    private long started;
    private long lastLog;

    private ProgressListener(boolean terminal) {
        this.terminal = terminal;
    }

    static ProgressListener forConsole() {
        return new ProgressListener(System.console() != null);
    }

    @Override
    public void started(int files) {
        total = files;
        started = System.nanoTime();
        lastLog = started;
        if (terminal) {
            bar = new ProgressBarBuilder().setTaskName("Ingest").setInitialMax(files).setUnit(" files", 1)
                    .setStyle(ProgressBarStyle.ASCII).showSpeed()
                    .setConsumer(new ConsoleProgressBarConsumer(System.err)).build();
        }
    }

    @Override
    public void fileDone(String locator, List<LedgerEntry> entries) {
        done++;
        failures += (int) entries.stream().filter(e -> e.outcome() == Outcome.FAILED || e.outcome() == Outcome.PENDING)
                .count();
        if (bar != null) {
            bar.step();
            bar.setExtraMessage(failures == 0 ? "" : failures + " failed");
        } else if (System.nanoTime() - lastLog >= LOG_EVERY_NANOS) {
            lastLog = System.nanoTime();
            double seconds = (lastLog - started) / 1e9;
            log.info("Ingest: {} of {} files, {} failed, {} files/s", done, total, failures,
                    String.format(java.util.Locale.ROOT, "%.1f", done / Math.max(seconds, 1e-9)));
        }
    }

    @Override
    public void close() {
        if (bar != null) {
            bar.close();
        }
    }
}
