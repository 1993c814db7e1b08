package org.paperkg.pipeline;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.paperkg.graph.GraphUnavailableException;
import org.paperkg.graph.GraphWriter;
import org.paperkg.graph.IngestLedger;
import org.paperkg.graph.LedgerEntry;
import org.paperkg.graph.Outcome;
import org.paperkg.ground.Grounder;
import org.paperkg.resolve.Resolver;
import org.paperkg.source.InputFile;
import org.paperkg.source.PaperSources;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Papers in, graph out: lists the input files, skips those the ledger knows unchanged, reads the rest,
 * extracts (many at once), grounds, resolves and writes them in batches, and records every input's
 * outcome. Bad input fails on its own with its reason; the rest of the batch goes on. Runs one ingest
 * at a time per instance.
 *
 * <p>When the graph database becomes unavailable the ingest stops: the files not yet recorded stay
 * unrecorded and are reported pending, and the next ingest does them again (papers of theirs already
 * written are written again, which leaves the graph as it was).
 */
public final class IngestPipeline implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(IngestPipeline.class);

    /** Files whose ledger entries are looked up together. */
    private static final int GROUP = 100;

    private final PaperSources sources;
    private final PaperProcessor processor;
    private final GraphWriter writer;
    private final IngestLedger ledger;
    private final PipelineProperties props;
    private final Clock clock;

    public IngestPipeline(PaperSources sources, ExtractorChoice extractors, Grounder grounder, Resolver resolver,
            GraphWriter writer, IngestLedger ledger, PipelineProperties props, Clock clock) {
        this.sources = sources;
        this.processor = new PaperProcessor(extractors, grounder, resolver, writer, clock);
        this.writer = writer;
        this.ledger = ledger;
        this.props = props;
        this.clock = clock;
    }

    public synchronized IngestReport ingest(List<Path> roots, IngestListener listener) {
        long t0 = System.nanoTime();
        List<Path> files = InputWalker.files(roots.stream().map(p -> p.toAbsolutePath().normalize()).toList());
        listener.started(files.size());
        Tally tally = new Tally();
        int recorded = 0;
        try {
            for (int from = 0; from < files.size(); from += GROUP) {
                List<FileWork> group = open(files.subList(from, Math.min(files.size(), from + GROUP)));
                processor.process(group, props.batchSize());
                for (FileWork f : group) {
                    ledger.record(f.entries());
                    recorded++;
                    tally.add(f);
                    listener.fileDone(f.locator, f.entries());
                }
            }
            // once per ingest, so a query right after it sees inferred lineage for what it wrote
            writer.deriveWritten();
        } catch (GraphUnavailableException e) {
            log.warn("Ingest stopped after {} of {} files: {}", recorded, files.size(), e.getMessage());
            tally.unfinished(files.subList(recorded, files.size()), e.getMessage(), clock.instant());
        }
        return tally.report(files.size(), Duration.ofNanos(System.nanoTime() - t0));
    }

    /** Reads the files of a group, deciding from the ledger what needs doing. */
    private List<FileWork> open(List<Path> paths) {
        Map<String, LedgerEntry> known = ledger.find(paths.stream().map(Path::toString).toList());
        List<FileWork> group = new ArrayList<>();
        List<String> recordLocators = new ArrayList<>();
        for (Path path : paths) {
            FileWork f = open(path, known.get(path.toString()));
            group.add(f);
            if (f.fileOutcome == null && f.multiRecord()) {
                f.items.forEach(i -> recordLocators.add(i.locator()));
            }
        }
        Map<String, LedgerEntry> knownRecords = ledger.find(recordLocators);
        for (FileWork f : group) {
            if (f.fileOutcome == null && f.multiRecord()) {
                f.items.forEach(i -> f.known.put(i.locator(), knownRecords.get(i.locator())));
            } else if (f.fileOutcome == null) {
                f.known.put(f.locator, f.previous);
            }
        }
        return group;
    }

    private FileWork open(Path path, LedgerEntry previous) {
        String locator = path.toString();
        Instant now = clock.instant();
        try {
            long size = Files.size(path);
            if (size > props.maxFileSize().toBytes()) {
                FileWork f = new FileWork(locator, null, null, previous);
                f.fileOutcome = new LedgerEntry(locator, null, null, Outcome.FAILED, locator + ": " + size
                        + " bytes, larger than the limit of " + props.maxFileSize().toBytes() + " bytes", List.of(),
                        attempts(previous, null), now);
                return f;
            }
            InputFile file = InputFile.of(path, Files.readAllBytes(path));
            FileWork f = new FileWork(locator, file.contentHash(), sources.formatOf(file), previous);
            if (previous != null && file.contentHash().equals(previous.contentHash())
                    && (previous.outcome() == Outcome.INGESTED || previous.outcome() == Outcome.SKIPPED)) {
                f.fileOutcome = new LedgerEntry(locator, previous.contentHash(), previous.format(), Outcome.SKIPPED,
                        null, previous.paperIds(), previous.attempts(), now);
                return f;
            }
            f.items.addAll(sources.read(file));
            return f;
        } catch (IOException | RuntimeException e) {
            FileWork f = new FileWork(locator, null, null, previous);
            f.fileOutcome = new LedgerEntry(locator, null, null, Outcome.FAILED, locator + ": cannot read: " + e,
                    List.of(), attempts(previous, null), now);
            return f;
        }
    }

    static int attempts(LedgerEntry previous, String hash) {
        return previous != null && previous.contentHash() != null && previous.contentHash().equals(hash)
                ? previous.attempts() + 1 : 1;
    }

    @Override
    public void close() {
        processor.close();
    }
}
