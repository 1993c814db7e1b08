package org.paperkg.pipeline;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.paperkg.extract.Extractor;
import org.paperkg.graph.GraphWriter;
import org.paperkg.graph.WriteReport;
import org.paperkg.ground.Grounder;
import org.paperkg.resolve.PaperGraph;
import org.paperkg.resolve.Resolver;
import org.paperkg.source.Paper;

/**
 * Extracts stored papers again with the current extractor and replaces their facts: extraction runs
 * for the whole batch first, and only papers with a new extraction are written, each in the writer's
 * one-transaction replace, so a paper is either wholly old or wholly new. There is no offline stand-in
 * here: replacing facts with a stand-in's would be no improvement.
 */
public final class Reextraction implements AutoCloseable {

    /**
     * What one batch did.
     *
     * @param rewritten ids of the papers now carrying the current extractor's facts
     * @param failed    ids whose extraction or write failed for good, with the reason
     * @param pending   ids whose extractor was unavailable (they keep their old facts and come up again)
     */
    public record Result(List<String> rewritten, Map<String, String> failed, Map<String, String> pending) {
    }

    private final ExtractionStage extraction;
    private final Grounder grounder;
    private final Resolver resolver;
    private final GraphWriter writer;

    public Reextraction(Extractor extractor, int concurrency, Grounder grounder, Resolver resolver, GraphWriter writer) {
        this.extraction = new ExtractionStage(extractor, null, Math.max(1, concurrency));
        this.grounder = grounder;
        this.resolver = resolver;
        this.writer = writer;
    }

    public Result reextract(List<Paper> papers) {
        List<ExtractionStage.Extracted> extracted = extraction.extractAll(papers);
        List<PaperGraph> graphs = new ArrayList<>();
        Map<String, String> failed = new LinkedHashMap<>();
        Map<String, String> pending = new LinkedHashMap<>();
        for (int i = 0; i < papers.size(); i++) {
            Paper paper = papers.get(i);
            ExtractionStage.Extracted x = extracted.get(i);
            if (x.result() == null) {
                (x.retryable() ? pending : failed).put(paper.id(), x.failure());
            } else {
                graphs.add(resolver.resolve(paper, grounder.ground(paper, x.result())));
            }
        }
        WriteReport report = writer.write(graphs);
        failed.putAll(report.failed());
        return new Result(report.written(), failed, pending);
    }

    @Override
    public void close() {
        extraction.close();
    }
}
