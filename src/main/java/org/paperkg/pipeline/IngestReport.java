package org.paperkg.pipeline;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.paperkg.graph.LedgerEntry;
import org.paperkg.graph.Outcome;

/**
 * What an ingest did.
 *
 * @param files    input files seen
 * @param outcomes how many inputs (files, or records of multi-record files) ended each way
 * @param problems the inputs that failed or wait, with their reasons
 * @param papers   papers written
 * @param elapsed  wall time
 */
public record IngestReport(int files, Map<Outcome, Integer> outcomes, List<LedgerEntry> problems, int papers,
        Duration elapsed) {

    public IngestReport {
        outcomes = Map.copyOf(outcomes);
        problems = List.copyOf(problems);
    }

    public int count(Outcome outcome) {
        return outcomes.getOrDefault(outcome, 0);
    }

    /** True when every input was ingested or skipped. */
    public boolean allOk() {
        return count(Outcome.FAILED) == 0 && count(Outcome.PENDING) == 0;
    }
}
