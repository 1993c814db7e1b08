package org.paperkg.jobs;

import java.util.Map;
import java.util.TreeMap;
import org.paperkg.graph.GraphReader;
import org.paperkg.graph.GraphStats;
import org.paperkg.graph.IngestLedger;
import org.paperkg.pipeline.FailureClass;

/** Counts of the graph and the ledger: nodes per label, relationships per type, inputs per outcome, failures by reason class. */
public final class GraphStatistics {

    /**
     * @param nodes         nodes per label (stub papers left out)
     * @param relationships relationships per type
     * @param stubPapers    cited papers not ingested
     * @param inputs        ledger entries per outcome
     * @param failures      failed or pending inputs per reason class
     */
    public record Snapshot(Map<String, Long> nodes, Map<String, Long> relationships, long stubPapers,
            Map<String, Long> inputs, Map<String, Long> failures) {

        /** All counts under one flat set of names, as a job run records them. */
        Map<String, Long> flat() {
            Map<String, Long> out = new TreeMap<>();
            nodes.forEach((k, v) -> out.put("nodes." + k, v));
            relationships.forEach((k, v) -> out.put("relationships." + k, v));
            out.put("stubPapers", stubPapers);
            inputs.forEach((k, v) -> out.put("inputs." + k, v));
            failures.forEach((k, v) -> out.put("failures." + k, v));
            return out;
        }
    }

    private final GraphReader reader;
    private final IngestLedger ledger;

    public GraphStatistics(GraphReader reader, IngestLedger ledger) {
        this.reader = reader;
        this.ledger = ledger;
    }

    public Snapshot collect() {
        GraphStats g = reader.stats();
        Map<String, Long> inputs = new TreeMap<>();
        ledger.counts().forEach((o, n) -> inputs.put(o.name(), n));
        Map<String, Long> failures = new TreeMap<>();
        for (Map<String, Object> row : reader.query("ledger/failure-reasons", Map.of())) {
            failures.merge(FailureClass.of((String) row.get("reason")), ((Number) row.get("n")).longValue(), Long::sum);
        }
        return new Snapshot(g.nodes(), g.relationships(), g.stubPapers(), inputs, failures);
    }
}
