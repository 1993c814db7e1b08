package org.paperkg.cli;

import java.io.PrintStream;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
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
 * line every few seconds (the same figures) when output goes to a file or a pipe, plus a last one at the end.
 */
final class ProgressListener implements IngestListener, AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(ProgressListener.class);
    private static final Duration LOG_EVERY = Duration.ofSeconds(10);

    private final boolean terminal;
    private final PrintStream barOut;
    private final long logEveryNanos;
    private final Consumer<String> lines;
    private ProgressBar bar;
    private int total;
    private int done;
    private int failures;
    private long started;
    private long lastLog;

    ProgressListener(boolean terminal, PrintStream barOut, Duration logEvery, Consumer<String> lines) {
        this.terminal = terminal;
        this.barOut = barOut;
        this.logEveryNanos = logEvery.toNanos();
        this.lines = lines;
    }

    static ProgressListener forConsole() {
        return new ProgressListener(System.console() != null, System.err, LOG_EVERY, log::info);
    }

    @Override
    public void started(int files) {
        total = files;
        started = System.nanoTime();
        lastLog = started;
        if (terminal) {
            bar = new ProgressBarBuilder().setTaskName("Ingest").setInitialMax(files).setUnit(" files", 1)
                    .setStyle(ProgressBarStyle.ASCII).showSpeed()
                    .setConsumer(new ConsoleProgressBarConsumer(barOut)).build();
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
        } else if (System.nanoTime() - lastLog >= logEveryNanos) {
            lastLog = System.nanoTime();
            lines.accept(line());
        }
    }

    /** {@code Ingest: 40 of 100 files, 2 failed, 3.1 files/s, ETA 19 s}. */
    String line() {
        double seconds = Math.max((System.nanoTime() - started) / 1e9, 1e-9);
        double rate = done / seconds;
        String eta = done == 0 ? "unknown" : Math.round((total - done) / rate) + " s";
        return String.format(Locale.ROOT, "Ingest: %d of %d files, %d failed, %.1f files/s, ETA %s", done, total, failures,
                rate, eta);
    }

    @Override
    public void close() {
        if (bar != null) {
            bar.close();
        } else if (total > 0) {
            lines.accept(line());
        }
    }
}
