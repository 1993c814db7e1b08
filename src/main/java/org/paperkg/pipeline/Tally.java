package org.paperkg.pipeline;

import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.paperkg.graph.LedgerEntry;
import org.paperkg.graph.Outcome;

/** Adds up outcomes as files finish: one per record of a multi-record file, else one per file. */
final class Tally {

    private final Map<Outcome, Integer> outcomes = new EnumMap<>(Outcome.class);
    private final List<LedgerEntry> problems = new ArrayList<>();
    private int papers;

    void add(FileWork f) {
        List<LedgerEntry> counted = f.outcomes.isEmpty() ? List.of(f.fileOutcome) : f.outcomes;
        for (LedgerEntry e : counted) {
            outcomes.merge(e.outcome(), 1, Integer::sum);
            if (e.outcome() == Outcome.FAILED || e.outcome() == Outcome.PENDING) {
                problems.add(e);
            }
            if (e.outcome() == Outcome.INGESTED) {
                papers += e.paperIds().size();
            }
        }
    }

    IngestReport report(int files, Duration elapsed) {
        return new IngestReport(files, outcomes, problems, papers, elapsed);
    }
}
