package org.paperkg.extract;

import java.util.Map;
import java.util.Optional;
import org.paperkg.source.Paper;

/**
 * Extracts from a paper's title and abstract with Qwen3-8B (or any model) behind an
 * OpenAI-compatible server. Answers are schema-validated before anything is returned, and cached,
 * so an unchanged text with the same model and prompts is never sent twice. Thread-safe: call it
 * from as many threads as the client's {@code maxInFlight}.
 */
public final class LlmExtractor implements Extractor {

    private final LlmExtraction llm;
    private final ExtractorInfo info;

    public LlmExtractor(LlmProperties props, OpenAiChatClient client, PromptTemplates prompts,
            ExtractionSchema schema, ExtractionCache cache, TokenCounter tokens) {
        this.llm = new LlmExtraction(props, client, prompts, schema, cache, tokens);
        this.info = llm.info("llm");
    }

    @Override
    public ExtractorInfo info() {
        return info;
    }

    @Override
    public ExtractionResult extract(Paper paper) throws ExtractionException {
        String text = paper.headText() == null ? "" : paper.headText().strip();
        if (text.isEmpty()) {
            throw new ExtractionException("paper " + paper.id() + " has neither a title nor an abstract to extract from", false);
        }
        String key = llm.key("abstract", text);
        Optional<Extraction> cached = llm.cached(key);
        if (cached.isPresent()) {
            return new ExtractionResult(cached.get(), info);
        }
        String user = llm.prompts.render(LlmExtraction.chinese(paper, text) ? "user.zh.md" : "user.en.md",
                Map.of("text", text));
        int room = llm.props.contextTokens() - llm.props.maxTokens() - LlmJsonCall.TEMPLATE_MARGIN;
        int promptTokens = llm.systemTokens + llm.tokens.upperBound(user);
        if (promptTokens > room) { // the cheap bound says it may not fit: count exactly
            promptTokens = llm.systemTokens + llm.tokens.count(user);
        }
        if (promptTokens > room) {
            throw new ExtractionException("paper " + paper.id() + ": title and abstract make a prompt of " + promptTokens
                    + " tokens, more than the " + room + " the context window leaves; use full-text mode", false);
        }
        Extraction extraction = llm.ask(paper.id(), user, promptTokens);
        llm.store(key, extraction);
        return new ExtractionResult(extraction, info);
    }

    /** Lookups answered from the cache, and those that had to call the model. */
    public long cacheHits() {
        return llm.cache().hits();
    }

    public long cacheMisses() {
        return llm.cache().misses();
    }
}
