package org.paperkg.extract;

import java.time.Duration;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Retries of LLM calls that failed on a connection error, a timeout, 429 or 5xx
 * ({@code paperkg.llm.retry.*}). Backoff is exponential with jitter; a server's {@code Retry-After}
 * replaces it, up to {@code maxRetryAfter}.
 *
 * @param maxAttempts    attempts per call, the first included
 * @param initialBackoff the wait before the first retry
 * @param maxBackoff     the longest computed wait
 * @param maxRetryAfter  the longest wait a server's {@code Retry-After} may ask for
 */
public record LlmRetryProperties(
        @DefaultValue("4") int maxAttempts,
        @DefaultValue("500ms") Duration initialBackoff,
        @DefaultValue("30s") Duration maxBackoff,
        @DefaultValue("120s") Duration maxRetryAfter) {

    static final LlmRetryProperties DEFAULTS =
            new LlmRetryProperties(4, Duration.ofMillis(500), Duration.ofSeconds(30), Duration.ofSeconds(120));

    public LlmRetryProperties {
        if (maxAttempts < 1) {
            throw new IllegalArgumentException("paperkg.llm.retry.max-attempts must be at least 1, was " + maxAttempts);
        }
        initialBackoff = positive(initialBackoff, Duration.ofMillis(500));
        maxBackoff = positive(maxBackoff, Duration.ofSeconds(30));
        maxRetryAfter = positive(maxRetryAfter, Duration.ofSeconds(120));
    }

    private static Duration positive(Duration d, Duration fallback) {
        return d == null || d.isNegative() || d.isZero() ? fallback : d;
    }
}
