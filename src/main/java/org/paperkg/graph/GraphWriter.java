package org.paperkg.graph;

import java.util.List;
import org.paperkg.resolve.PaperGraph;

/**
 * Stores resolved papers. Each paper's facts replace what an earlier write of the same paper stated,
 * in one transaction, so no paper is ever half old, half new; writing the same papers again leaves
 * the graph as it was.
 */
public interface GraphWriter {

    /** Writes the papers; a paper that cannot be written is reported, the others still land. */
    WriteReport write(List<PaperGraph> papers);
}
