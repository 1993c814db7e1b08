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

    private final LlmProperties props;
    private final PromptTemplates prompts;
    private final ExtractionSchema schema;
    private final ExtractionCache cache;
    private final TokenCounter tokens;
    private final LlmJsonCall call;
    private final FullTextChunker chunker;
    private final FullTextMerge merge;
    private final ExtractorInfo info;
    private final int systemTokens;

    public FullTextExtractor(LlmProperties props, OpenAiChatClient client, PromptTemplates prompts,
            ExtractionSchema schema, ExtractionCache cache, TokenCounter tokens) {
        this.props = props;
        this.prompts = prompts;
        this.schema = schema;
        this.cache = cache;
        this.tokens = tokens;
        this.call = new LlmJsonCall(client, new LlmResponseParser(LlmExtractor.MAPPER), props);
        this.chunker = new FullTextChunker(tokens, Math.min(MAX_PIECE_TOKENS, props.fullTextChunkTokens()));
        this.merge = new FullTextMerge(prompts.schema());
        this.info = new ExtractorInfo("llm-fulltext", props.model(), prompts.version());
        this.systemTokens = tokens.count(prompts.system());
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
        String key = ExtractionCache.key("fulltext", fullText, props.model(), prompts.version(), schema.schemaVersion());
        Optional<Extraction> cached = cache.get(key);
        if (cached.isPresent()) {
            return new ExtractionResult(cached.get(), info);
        }
        String template = LlmExtractor.language(paper, paper.headText()).startsWith("zh")
                ? "user.fulltext.zh.md" : "user.fulltext.en.md";
        List<FullTextChunker.Piece> pieces = chunker.pieces(paper);
        Extraction running = Extraction.EMPTY;
        int part = 1;
        for (int from = 0; from < pieces.size(); part++) {
            String summary = schema.toJson(running);
            Map<String, String> frame = Map.of("part", Integer.toString(part), "summary", summary, "text", "");
            int fixed = systemTokens + tokens.count(prompts.render(template, frame)) + LlmJsonCall.TEMPLATE_MARGIN;
            int budget = Math.min(props.fullTextChunkTokens(), props.contextTokens() - props.maxTokens() - fixed);
            if (budget < pieces.get(from).tokens()) {
                throw new ExtractionException("paper " + paper.id() + ": the running summary (" + tokens.count(summary)
                        + " tokens) leaves no room for the next part in a context of " + props.contextTokens() + " tokens", false);
            }
            int end = FullTextChunker.chunkEnd(pieces, from, budget);
            String chunk = FullTextChunker.join(pieces.subList(from, end));
            String user = prompts.render(template, Map.of("part", Integer.toString(part), "summary", summary, "text", chunk));
            var json = call.ask(paper.id() + " part " + part, prompts, user, systemTokens + tokens.count(user),
                    LlmExtractor.SCHEMA_NAME, schema::validate);
            running = merge.merge(running, LlmExtractor.MAPPER.treeToValue(json, Extraction.class));
            from = end;
        }
        List<String> violations = schema.validate(schema.toJson(running));
        if (!violations.isEmpty()) {
            throw new ExtractionException("paper " + paper.id() + ": the merged extraction is invalid: " + violations, false);
        }
        cache.put(key, running);
        return new ExtractionResult(running, info);
    }
}
