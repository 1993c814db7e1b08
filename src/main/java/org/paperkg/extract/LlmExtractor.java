package org.paperkg.extract;

import java.util.Map;
import java.util.Optional;
import org.paperkg.source.Paper;
import tools.jackson.databind.json.JsonMapper;

/**
 * Extracts from a paper's title and abstract with Qwen3-8B (or any model) behind an
 * OpenAI-compatible server. Answers are schema-validated before anything is returned, and cached,
 * so an unchanged text with the same model and prompts is never sent twice. Thread-safe: call it
 * from as many threads as the client's {@code maxInFlight}.
 */
public final class LlmExtractor implements Extractor {

    static final String SCHEMA_NAME = "paper_extraction";
    /** Binds answers that {@link LlmJsonCall} has already validated against the schema. */
    static final JsonMapper MAPPER = JsonMapper.builder().build();

    private final LlmProperties props;
    private final PromptTemplates prompts;
    private final ExtractionSchema schema;
    private final ExtractionCache cache;
    private final TokenCounter tokens;
    private final LlmJsonCall call;
    private final ExtractorInfo info;
    private final int systemTokens;

    public LlmExtractor(LlmProperties props, OpenAiChatClient client, PromptTemplates prompts,
            ExtractionSchema schema, ExtractionCache cache, TokenCounter tokens) {
        this.props = props;
        this.prompts = prompts;
        this.schema = schema;
        this.cache = cache;
        this.tokens = tokens;
        this.call = new LlmJsonCall(client, new LlmResponseParser(MAPPER), props);
        this.info = new ExtractorInfo("llm", props.model(), prompts.version());
        this.systemTokens = tokens.count(prompts.system());
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
        String key = ExtractionCache.key("abstract", text, props.model(), prompts.version(), schema.schemaVersion());
        Optional<Extraction> cached = cache.get(key);
        if (cached.isPresent()) {
            return new ExtractionResult(cached.get(), info);
        }
        String user = prompts.render(userTemplate(paper, text), Map.of("text", text));
        int room = props.contextTokens() - props.maxTokens() - LlmJsonCall.TEMPLATE_MARGIN;
        int promptTokens = systemTokens + tokens.upperBound(user);
        if (promptTokens > room) { // the cheap bound says it may not fit: count exactly
            promptTokens = systemTokens + tokens.count(user);
        }
        if (promptTokens > room) {
            throw new ExtractionException("paper " + paper.id() + ": title and abstract make a prompt of " + promptTokens
                    + " tokens, more than the " + room + " the context window leaves; use full-text mode", false);
        }
        var json = call.ask(paper.id(), prompts, user, promptTokens, SCHEMA_NAME, schema::validate);
        Extraction extraction = MAPPER.treeToValue(json, Extraction.class);
        cache.put(key, extraction);
        return new ExtractionResult(extraction, info);
    }

    static String userTemplate(Paper paper, String text) {
        return language(paper, text).startsWith("zh") ? "user.zh.md" : "user.en.md";
    }

    static String language(Paper paper, String text) {
        String lang = paper.lang();
        return lang == null || lang.isBlank() ? Languages.detect(text) : lang;
    }

    /** Lookups answered from the cache, and those that had to call the model. */
    public long cacheHits() {
        return cache.hits();
    }

    public long cacheMisses() {
        return cache.misses();
    }
}
