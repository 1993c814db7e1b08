package org.paperkg.extract;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the LLM extractor ({@code paperkg.llm.*}). The defaults follow Qwen's guidance for
 * Qwen3-8B in non-thinking mode (temperature 0.7, top-p 0.8, top-k 20, min-p 0).
 *
 * @param baseUrls         OpenAI-compatible servers ({@code http://host:8000}, a trailing {@code /v1}
 *                         is accepted); requests are spread over them round robin. Empty: LLM off
 * @param model            the model name the server serves
 * @param apiKey           sent as {@code Authorization: Bearer} when set; never logged
 * @param connectTimeout   TCP connect timeout
 * @param requestTimeout   time allowed for one whole request (queueing on the server included)
 * @param maxInFlight      requests on the wire at once from this process
 * @param maxTokens        the answer budget ({@code max_tokens}); doubled once when an answer is cut off
 * @param temperature      sampling temperature (Qwen: 0.7 non-thinking; never greedy)
 * @param topP             nucleus sampling (Qwen: 0.8)
 * @param topK             top-k sampling (Qwen: 20)
 * @param minP             min-p sampling (Qwen: 0)
 * @param presencePenalty  0–2; Qwen's examples use 1.5, but high values penalise legitimately
 *                         repeated JSON keys and values and can mix languages, so 0.5 here
 * @param qwenExtensions   send the non-OpenAI fields {@code chat_template_kwargs}, {@code top_k} and
 *                         {@code min_p}; turn off for servers that reject unknown fields
 * @param structuredOutput how the schema is enforced on the server
 * @param extraBody        further top-level request fields for a particular server, each value read
 *                         as JSON when it parses, else as a string (for example Ollama's
 *                         {@code reasoning_effort: none}); never overrides the fields above
 * @param contextTokens    the server's context window ({@code --max-model-len})
 * @param fullTextChunkTokens the largest chunk of body text sent per call in full-text mode
 * @param cacheDir         where extractions are cached across runs
 * @param retry            retries of failed calls
 * @param circuitBreaker   when to stop calling a failing server for a while
 */
@ConfigurationProperties("paperkg.llm")
public record LlmProperties(
        List<URI> baseUrls,
        @DefaultValue("Qwen/Qwen3-8B") String model,
        String apiKey,
        @DefaultValue("10s") Duration connectTimeout,
        @DefaultValue("180s") Duration requestTimeout,
        @DefaultValue("64") int maxInFlight,
        @DefaultValue("2048") int maxTokens,
        @DefaultValue("0.7") double temperature,
        @DefaultValue("0.8") double topP,
        @DefaultValue("20") int topK,
        @DefaultValue("0") double minP,
        @DefaultValue("0.5") double presencePenalty,
        @DefaultValue("true") boolean qwenExtensions,
        @DefaultValue("RESPONSE_FORMAT") StructuredOutputMode structuredOutput,
        Map<String, String> extraBody,
        @DefaultValue("32768") int contextTokens,
        @DefaultValue("8000") int fullTextChunkTokens,
        @DefaultValue("data/cache") Path cacheDir,
        @DefaultValue LlmRetryProperties retry,
        @DefaultValue LlmCircuitBreakerProperties circuitBreaker) {

    public LlmProperties {
        baseUrls = baseUrls == null ? List.of() : List.copyOf(baseUrls);
        for (URI u : baseUrls) {
            if (u.getScheme() == null || !u.getScheme().matches("https?") || u.getHost() == null) {
                throw new IllegalArgumentException("paperkg.llm.base-urls: '" + u + "' is not an http(s) URL");
            }
        }
        if (model == null || model.isBlank()) {
            throw new IllegalArgumentException("paperkg.llm.model must not be blank");
        }
        require(maxInFlight >= 1, "max-in-flight", maxInFlight);
        require(maxTokens >= 16, "max-tokens", maxTokens);
        require(contextTokens > maxTokens, "context-tokens (must exceed max-tokens)", contextTokens);
        require(fullTextChunkTokens >= 256, "full-text-chunk-tokens", fullTextChunkTokens);
        connectTimeout = connectTimeout == null ? Duration.ofSeconds(10) : connectTimeout;
        requestTimeout = requestTimeout == null ? Duration.ofSeconds(180) : requestTimeout;
        structuredOutput = structuredOutput == null ? StructuredOutputMode.RESPONSE_FORMAT : structuredOutput;
        extraBody = extraBody == null ? Map.of() : Map.copyOf(extraBody);
        cacheDir = cacheDir == null ? Path.of("data", "cache") : cacheDir;
        retry = retry == null ? LlmRetryProperties.DEFAULTS : retry;
        circuitBreaker = circuitBreaker == null ? LlmCircuitBreakerProperties.DEFAULTS : circuitBreaker;
    }

    private static void require(boolean ok, String name, Object value) {
        if (!ok) {
            throw new IllegalArgumentException("paperkg.llm." + name + ": " + value + " is out of range");
        }
    }

    /** True when at least one server is configured. */
    public boolean enabled() {
        return !baseUrls.isEmpty();
    }

    /** Everything but the API key, which must never reach a log. */
    @Override
    public String toString() {
        return "LlmProperties[baseUrls=" + baseUrls + ", model=" + model
                + ", apiKey=" + (apiKey == null || apiKey.isEmpty() ? "<none>" : "<set>")
                + ", connectTimeout=" + connectTimeout + ", requestTimeout=" + requestTimeout
                + ", maxInFlight=" + maxInFlight + ", maxTokens=" + maxTokens
                + ", temperature=" + temperature + ", topP=" + topP + ", topK=" + topK + ", minP=" + minP
                + ", presencePenalty=" + presencePenalty + ", qwenExtensions=" + qwenExtensions
                + ", structuredOutput=" + structuredOutput + ", extraBody=" + extraBody.keySet()
                + ", contextTokens=" + contextTokens
                + ", fullTextChunkTokens=" + fullTextChunkTokens + ", cacheDir=" + cacheDir
                + ", retry=" + retry + ", circuitBreaker=" + circuitBreaker + "]";
    }
}
