package org.paperkg.extract;

import java.util.Optional;
import org.paperkg.source.Paper;
import tools.jackson.databind.json.JsonMapper;

/**
 * What the LLM extractors share: settings, prompts, schema, cache and token counts, and one
 * validated question to the model that comes back as an {@link Extraction}. Thread-safe.
 */
final class LlmExtraction {

    static final String SCHEMA_NAME = "paper_extraction";
    private static final JsonMapper MAPPER = JsonMapper.builder().build();

    final LlmProperties props;
    final PromptTemplates prompts;
    final ExtractionSchema schema;
    final TokenCounter tokens;
    /** The system prompt's tokens, counted once: it is the same for every request. */
    final int systemTokens;
    private final ExtractionCache cache;
    private final LlmJsonCall call;

    LlmExtraction(LlmProperties props, OpenAiChatClient client, PromptTemplates prompts, ExtractionSchema schema,
            ExtractionCache cache, TokenCounter tokens) {
        this.props = props;
        this.prompts = prompts;
        this.schema = schema;
        this.cache = cache;
        this.tokens = tokens;
        this.call = new LlmJsonCall(client, new LlmResponseParser(MAPPER), props);
        this.systemTokens = tokens.count(prompts.system());
    }

    ExtractorInfo info(String extractor) {
        return new ExtractorInfo(extractor, props.model(), prompts.version());
    }

    /** The cache key of a text read in the given mode by this model, prompt version and schema version. */
    String key(String mode, String text) {
        return ExtractionCache.key(mode, text, props.model(), prompts.version(), schema.schemaVersion());
    }

    Optional<Extraction> cached(String key) {
        return cache.get(key);
    }

    void store(String key, Extraction extraction) {
        cache.put(key, extraction);
    }

    ExtractionCache cache() {
        return cache;
    }

    /** Asks the model; the answer has passed the schema, so it binds as is. */
    Extraction ask(String label, String user, int promptTokens) throws ExtractionException {
        var json = call.ask(label, prompts, user, promptTokens, SCHEMA_NAME, schema::validate);
        return MAPPER.treeToValue(json, Extraction.class);
    }

    /** The paper's language as given, else guessed from its text. */
    static boolean chinese(Paper paper, String text) {
        String lang = paper.lang();
        return (lang == null || lang.isBlank() ? Languages.detect(text) : lang).startsWith("zh");
    }
}
