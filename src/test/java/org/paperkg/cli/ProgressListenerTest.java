package org.paperkg.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.paperkg.graph.LedgerEntry;
import org.paperkg.graph.Outcome;

/** Ingest progress: a bar with rate, ETA and failures on a terminal; log lines with the same figures otherwise. */
class ProgressListenerTest {

    private static List<LedgerEntry> outcome(String locator, Outcome outcome) {
        return List.of(new LedgerEntry(locator, "h", "pdf", outcome, outcome == Outcome.INGESTED ? null : "bad", List.of(),
                1, Instant.now()));
    }

    private static void ingest(ProgressListener p) {
        p.started(4);
        p.fileDone("/a.pdf", outcome("/a.pdf", Outcome.INGESTED));
        p.fileDone("/b.pdf", outcome("/b.pdf", Outcome.FAILED));
        p.fileDone("/c.pdf", outcome("/c.pdf", Outcome.PENDING));
        p.fileDone("/d.pdf", outcome("/d.pdf", Outcome.SKIPPED));
        p.close();
    }

    @Test
    void onATerminalABarShowsFilesRateEtaAndFailures() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        List<String> lines = new ArrayList<>();

        ingest(new ProgressListener(true, new PrintStream(out, true, StandardCharsets.UTF_8), Duration.ZERO, lines::add));

        String bar = out.toString(StandardCharsets.UTF_8);
        assertThat(bar).contains("Ingest", "100%", "4/4 files", "files/s", "2 failed");
        assertThat(bar).containsPattern("\\(\\d+:\\d\\d:\\d\\d / \\d+:\\d\\d:\\d\\d\\)"); // elapsed / ETA
        assertThat(lines).isEmpty();
    }

    @Test
    void elsewhereLogLinesCarryTheSameFiguresAndALastOneAtTheEnd() {
        List<String> lines = new ArrayList<>();

        ingest(new ProgressListener(false, null, Duration.ZERO, lines::add));

        assertThat(lines).hasSize(5);
        assertThat(lines.get(0)).matches("Ingest: 1 of 4 files, 0 failed, [0-9.]+ files/s, ETA \\d+ s");
        assertThat(lines.get(2)).startsWith("Ingest: 3 of 4 files, 2 failed");
        assertThat(lines.get(4)).startsWith("Ingest: 4 of 4 files, 2 failed").endsWith("ETA 0 s");
    }

    @Test
    void elsewhereLinesAreSpacedOut() {
        List<String> lines = new ArrayList<>();

        ingest(new ProgressListener(false, null, Duration.ofHours(1), lines::add));

        assertThat(lines).as("only the last line within the hour").singleElement().asString().startsWith("Ingest: 4 of 4");
    }
}
