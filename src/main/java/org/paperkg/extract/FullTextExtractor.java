package org.paperkg.extract;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.paperkg.source.Paper;

/**
 * Extracts from a paper's whole text (title, abstract and every section), however long: a sliding
 * window over chunks that fit the context window, each call carrying the running summary (the
 * extraction so far, as JSON) as its memory, merged into one extraction. Chunks are sized per call
 * from exact token counts, because the running summary grows. Each answer is schema-validated, and
 * the merged whole is validated again before it is cached and returned.
 */
public final class FullTextExtractor implements Extractor {

    /** Pieces are kept this small so that a chunk can always take at least one, whatever the summary's size. */
    static final int MAX_PIECE_TOKENS = 256;

    private final LlmExtraction llm;
    private final FullTextChunker chunker;
    private final FullTextMerge merge;
    private final ExtractorInfo info;

    public FullTextExtractor(LlmProperties props, OpenAiChatClient client, PromptTemplates prompts,
            ExtractionSchema schema, ExtractionCache cache, TokenCounter tokens) {
        this.llm = new LlmExtraction(props, client, prompts, schema, cache, tokens);
        this.chunker = new FullTextChunker(tokens, Math.min(MAX_PIECE_TOKENS, props.fullTextChunkTokens()));
        this.merge = new FullTextMerge(prompts.schema());
        this.info = llm.info("llm-fulltext");
    }

    @Override
    public ExtractorInfo info() {
        return info;
    }

    @Override
    public ExtractionResult extract(Paper paper) throws ExtractionException {
        String fullText = FullTextChunker.fullText(paper);
        if (fullText.isBlank()) {
            throw new ExtractionException("paper " + paper.id() + " has no text to extract from", false);
        }
        String key = llm.key("fulltext", fullText);
        Optional<Extraction> cached = llm.cached(key);
        if (cached.isPresent()) {
            return new ExtractionResult(cached.get(), info);
        }
        String template = LlmExtraction.chinese(paper, paper.headText()) ? "user.fulltext.zh.md" : "user.fulltext.en.md";
        List<FullTextChunker.Piece> pieces = chunker.pieces(paper);
        Extraction running = Extraction.EMPTY;
        int part = 1;
        for (int from = 0; from < pieces.size(); part++) {
            String summary = llm.schema.toJson(running);
            Map<String, String> frame = Map.of("part", Integer.toString(part), "summary", summary, "text", "");
            int fixed = llm.systemTokens + llm.tokens.count(llm.prompts.render(template, frame)) + LlmJsonCall.TEMPLATE_MARGIN;
            int budget = Math.min(llm.props.fullTextChunkTokens(), llm.props.contextTokens() - llm.props.maxTokens() - fixed);
            if (budget < pieces.get(from).tokens()) {
                throw new ExtractionException("paper " + paper.id() + ": the running summary (" + llm.tokens.count(summary)
                        + " tokens) leaves no room for the next part in a context of " + llm.props.contextTokens()
                        + " tokens", false);
            }
            int end = FullTextChunker.chunkEnd(pieces, from, budget);
            String chunk = FullTextChunker.join(pieces.subList(from, end));
            String user = llm.prompts.render(template, Map.of("part", Integer.toString(part), "summary", summary, "text", chunk));
            int promptTokens = fixed - LlmJsonCall.TEMPLATE_MARGIN + llm.tokens.count(chunk);
            running = merge.merge(running, llm.ask(paper.id() + " part " + part, user, promptTokens));
            from = end;
        }
        List<String> violations = llm.schema.validate(llm.schema.toJson(running));
        if (!violations.isEmpty()) {
            throw new ExtractionException("paper " + paper.id() + ": the merged extraction is invalid: " + violations, false);
        }
        llm.store(key, running);
        return new ExtractionResult(running, info);
    }
}
