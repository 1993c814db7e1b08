package org.paperkg.pipeline;

import java.util.Locale;
import org.paperkg.graph.GraphStats;
import org.paperkg.graph.LedgerEntry;
import org.paperkg.graph.Outcome;

/** The few lines a person reads after an ingest: what happened, what the graph holds, what failed. */
public final class IngestSummary {

    private IngestSummary() {
    }

    public static String format(IngestReport r, GraphStats g) {
        StringBuilder out = new StringBuilder();
        int inputs = r.outcomes().values().stream().mapToInt(Integer::intValue).sum();
        out.append(String.format(Locale.ROOT,
                "Ingest: %d files, %d inputs: %d ingested, %d skipped (unchanged), %d failed, %d pending; %.1f s%n",
                r.files(), inputs, r.count(Outcome.INGESTED), r.count(Outcome.SKIPPED), r.count(Outcome.FAILED),
                r.count(Outcome.PENDING), r.elapsed().toMillis() / 1000.0));
        out.append(graphLine(g));
        if (!r.problems().isEmpty()) {
            out.append("Not ingested:\n");
            for (LedgerEntry e : r.problems()) {
                out.append("  ").append(e.outcome().name().toLowerCase(Locale.ROOT)).append(": ")
                        .append(e.reason()).append('\n');
            }
        }
        return out.toString();
    }

    /** One line of what the graph holds. */
    public static String graphLine(GraphStats g) {
        return String.format(Locale.ROOT,
                "Graph:  %d papers, %d methods, %d datasets, %d tasks, %d metrics, %d results, %d authors; "
                        + "%d relationships; %d cited papers not ingested%n",
                g.nodes("Paper"), g.nodes("Method"), g.nodes("Dataset"), g.nodes("Task"), g.nodes("Metric"),
                g.nodes("Result"), g.nodes("Author"), g.totalRelationships(), g.stubPapers());
    }
}
