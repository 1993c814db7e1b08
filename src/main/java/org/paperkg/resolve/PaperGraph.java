package org.paperkg.resolve;

import java.util.List;
import org.paperkg.extract.ExtractorInfo;
import org.paperkg.extract.Summary;
import org.paperkg.source.Paper;

/**
 * Everything the graph writer stores for one paper, with canonical keys resolved.
 *
 * @param paper     the paper's metadata
 * @param summary   the four elements, stored on the paper node
 * @param entities  entity nodes the facts point at
 * @param facts     extracted relationships
 * @param results   reported results
 * @param citations bibliography entries as citations
 * @param info      extractor, model and prompt version (provenance on every fact)
 * @param dropped   how many extracted items grounding removed
 */
public record PaperGraph(
        Paper paper,
        Summary summary,
        List<EntityNode> entities,
        List<Fact> facts,
        List<ResultNode> results,
        List<Citation> citations,
        ExtractorInfo info,
        int dropped) {

    public PaperGraph {
        entities = List.copyOf(entities);
        facts = List.copyOf(facts);
        results = List.copyOf(results);
        citations = List.copyOf(citations);
    }

    /** Facts plus results: the extracted statements this paper contributes. */
    public int factCount() {
        return facts.size() + results.size();
    }
}
