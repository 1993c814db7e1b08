package org.paperkg.pipeline;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.IntStream;
import org.paperkg.graph.GraphWriter;
import org.paperkg.graph.LedgerEntry;
import org.paperkg.graph.Outcome;
import org.paperkg.graph.WriteReport;
import org.paperkg.ground.GroundedExtraction;
import org.paperkg.ground.Grounder;
import org.paperkg.resolve.PaperGraph;
import org.paperkg.resolve.Resolver;
import org.paperkg.source.SourceItem;

/**
 * The stages after reading, for the items of a group of files: skip what is unchanged, extract the rest
 * concurrently, ground, resolve in input order (so keys do not depend on thread timing), write in
 * batches, and give every item its outcome.
 */
final class PaperProcessor implements AutoCloseable {

    private final ExtractionStage extraction;
    private final Grounder grounder;
    private final Resolver resolver;
    private final GraphWriter writer;
    private final Clock clock;

    PaperProcessor(ExtractorChoice extractors, Grounder grounder, Resolver resolver, GraphWriter writer, Clock clock) {
        this.extraction = new ExtractionStage(extractors.primary(), extractors.fallback(), extractors.concurrency());
        this.grounder = grounder;
        this.resolver = resolver;
        this.writer = writer;
        this.clock = clock;
    }

    void process(List<FileWork> group, int batchSize) {
        Instant now = clock.instant();
        List<SourceItem> todo = new ArrayList<>();
        Map<SourceItem, FileWork> fileOf = new HashMap<>();
        for (FileWork f : group) {
            if (f.fileOutcome != null) {
                continue;
            }
            for (SourceItem item : f.items) {
                LedgerEntry before = f.known.get(item.locator());
                LedgerEntry decided = decide(f, item, before, now);
                if (decided != null) {
                    f.outcomes.add(decided);
                } else {
                    todo.add(item);
                    fileOf.put(item, f);
                }
            }
        }
        for (int from = 0; from < todo.size(); from += batchSize) {
            List<SourceItem> batch = todo.subList(from, Math.min(todo.size(), from + batchSize));
            List<ExtractionStage.Extracted> extracted = extraction.extractAll(batch.stream().map(SourceItem::paper).toList());
            List<SourceItem> graphItems = new ArrayList<>();
            List<GroundedExtraction> groundedItems = new ArrayList<>();
            for (int i = 0; i < batch.size(); i++) {
                SourceItem item = batch.get(i);
                ExtractionStage.Extracted x = extracted.get(i);
                FileWork f = fileOf.get(item);
                if (x.result() == null) {
                    f.outcomes.add(entry(f, item, x.retryable() ? Outcome.PENDING : Outcome.FAILED, x.failure(), now));
                    continue;
                }
                groundedItems.add(grounder.ground(item.paper(), x.result()));
                graphItems.add(item);
            }
            // every pair the batch states is known before any of its papers is resolved, learned oldest
            // paper first (then by id) so that when two papers define one acronym differently, the
            // outcome does not depend on the order the inputs came in
            learnInPublicationOrder(graphItems, groundedItems);
            List<PaperGraph> graphs = new ArrayList<>();
            for (int i = 0; i < graphItems.size(); i++) {
                graphs.add(resolver.resolve(graphItems.get(i).paper(), groundedItems.get(i)));
            }
            WriteReport report = writer.write(graphs);
            for (SourceItem item : graphItems) {
                FileWork f = fileOf.get(item);
                String failure = report.failed().get(item.paper().id());
                f.outcomes.add(failure == null ? entry(f, item, Outcome.INGESTED, null, now)
                        : entry(f, item, Outcome.FAILED, failure, now));
            }
        }
        group.forEach(f -> summarize(f, now));
    }

    private void learnInPublicationOrder(List<SourceItem> items, List<GroundedExtraction> grounded) {
        Comparator<Integer> order = Comparator.comparing((Integer i) -> items.get(i).paper().year(),
                Comparator.nullsLast(Comparator.naturalOrder())).thenComparing(i -> items.get(i).paper().id());
        IntStream.range(0, items.size()).boxed().sorted(order)
                .forEach(i -> resolver.learn(items.get(i).paper(), grounded.get(i)));
    }

    /** The outcome known without extracting, or {@code null} when the item needs extraction. */
    private static LedgerEntry decide(FileWork f, SourceItem item, LedgerEntry before, Instant now) {
        if (before != null && item.contentHash() != null && item.contentHash().equals(before.contentHash())
                && (before.outcome() == Outcome.INGESTED || before.outcome() == Outcome.SKIPPED)) {
            return new LedgerEntry(item.locator(), before.contentHash(), before.format(), Outcome.SKIPPED, null,
                    before.paperIds(), before.attempts(), now);
        }
        if (!item.ok()) {
            return entry(f, item, item.retryable() ? Outcome.PENDING : Outcome.FAILED, item.failure(), now);
        }
        if (!item.paper().hasAbstract()) {
            return entry(f, item, Outcome.FAILED, item.locator() + ": no abstract, so nothing to extract facts from", now);
        }
        return null;
    }

    private static LedgerEntry entry(FileWork f, SourceItem item, Outcome outcome, String reason, Instant now) {
        List<String> ids = outcome == Outcome.INGESTED ? List.of(item.paper().id()) : List.of();
        // every reason names its input, whatever stage wrote it
        String named = reason == null || reason.startsWith(item.locator()) ? reason : item.locator() + ": " + reason;
        return new LedgerEntry(item.locator(), item.contentHash(), f.format, outcome, named, ids,
                IngestPipeline.attempts(f.known.get(item.locator()), item.contentHash()), now);
    }

    /** The file's own entry: ingested when every record is, else failed or pending with a count. */
    private static void summarize(FileWork f, Instant now) {
        if (f.fileOutcome != null) {
            return;
        }
        f.sortOutcomesByRecord();
        Set<String> ids = new LinkedHashSet<>();
        int failed = 0;
        int pending = 0;
        String firstReason = null;
        for (LedgerEntry e : f.outcomes) {
            ids.addAll(e.paperIds());
            failed += e.outcome() == Outcome.FAILED ? 1 : 0;
            pending += e.outcome() == Outcome.PENDING ? 1 : 0;
            firstReason = firstReason == null ? e.reason() : firstReason;
        }
        Outcome outcome = failed > 0 ? Outcome.FAILED : pending > 0 ? Outcome.PENDING : Outcome.INGESTED;
        String reason = outcome == Outcome.INGESTED ? null
                : (failed + pending) + " of " + f.outcomes.size() + " records not ingested; first: " + firstReason;
        f.fileOutcome = new LedgerEntry(f.locator, f.contentHash, f.format, outcome, reason, List.copyOf(ids),
                IngestPipeline.attempts(f.previous, f.contentHash), now);
    }

    @Override
    public void close() {
        extraction.close();
    }
}
