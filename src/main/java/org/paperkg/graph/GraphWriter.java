package org.paperkg.graph;

import java.util.List;
import org.paperkg.resolve.PaperGraph;

/**
 * Stores resolved papers. Each paper's facts replace what an earlier write of the same paper stated,
 * in one transaction, so no paper is ever half old, half new; writing the same papers again leaves
 * the graph as it was.
 */
public interface GraphWriter {

    /**
     * Writes the papers; a paper that cannot be written is reported, the others still land.
     *
     * @throws GraphUnavailableException when the database is unavailable; papers of earlier batches may
     *                                   already be written, and writing them again leaves the graph as it is
     */
    WriteReport write(List<PaperGraph> papers);

    /**
     * Brings derived edges (inferred lineage, citations moved from stubs) up to date with every paper
     * written since the last call. Run once after an ingest rather than after each batch: it re-examines
     * the written papers' neighbourhood, which costs more than writing them. Never throws: the papers
     * stay stored whatever happens here, and a later call, or the scheduled derive job, catches up.
     */
    default void deriveWritten() {
    }
}
