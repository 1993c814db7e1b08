package org.paperkg.extract;

import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.circuitbreaker.CircuitBreakerConfig;
import io.github.resilience4j.core.IntervalBiFunction;
import io.github.resilience4j.core.IntervalFunction;
import io.github.resilience4j.retry.Retry;
import io.github.resilience4j.retry.RetryConfig;
import java.io.IOException;
import java.time.Clock;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The resilience4j retry and circuit breaker of {@link OpenAiChatClient}, built from the settings. */
final class OpenAiResilience {

    private static final Logger log = LoggerFactory.getLogger(OpenAiChatClient.class);

    private OpenAiResilience() {
    }

    /** Connection errors, timeouts, 429 and 5xx are worth another attempt; nothing else is. */
    static boolean worthRetrying(Throwable t) {
        return t instanceof IOException || t instanceof OpenAiHttpException h && h.transientFailure();
    }

    static Retry retry(LlmRetryProperties p) {
        RetryConfig config = RetryConfig.custom()
                .maxAttempts(p.maxAttempts())
                .retryOnException(OpenAiResilience::worthRetrying)
                .intervalBiFunction(waits(p))
                .build();
        Retry retry = Retry.of("llm", config);
        retry.getEventPublisher().onRetry(e -> log.warn("LLM call failed (attempt {}), retrying in {} ms: {}",
                e.getNumberOfRetryAttempts(), e.getWaitInterval().toMillis(), describe(e.getLastThrowable())));
        return retry;
    }

    /** A failure in a few words; connection errors often have no message of their own. */
    static String describe(Throwable t) {
        if (t == null) {
            return "unknown failure";
        }
        return t.getMessage() == null ? t.getClass().getSimpleName() : t.getMessage();
    }

    /**
     * The wait before each retry: the server's {@code Retry-After} when it sent one (capped), else
     * exponential backoff from {@code initialBackoff}, doubling, with ±50% jitter so that many
     * clients do not come back at the same instant, capped at {@code maxBackoff}.
     */
    static IntervalBiFunction<Object> waits(LlmRetryProperties p) {
        IntervalFunction backoff = IntervalFunction.ofExponentialRandomBackoff(
                p.initialBackoff(), 2.0, 0.5, p.maxBackoff());
        long cap = p.maxRetryAfter().toMillis();
        return (attempt, outcome) -> {
            if (outcome.isLeft() && outcome.getLeft() instanceof OpenAiHttpException h && h.retryAfter().isPresent()) {
                return Math.min(h.retryAfter().get().toMillis(), cap);
            }
            return backoff.apply(attempt);
        };
    }

    static CircuitBreaker circuitBreaker(LlmCircuitBreakerProperties p, Clock clock) {
        CircuitBreakerConfig config = CircuitBreakerConfig.custom()
                .failureRateThreshold(p.failureRateThreshold())
                .slidingWindowSize(p.slidingWindowSize())
                .minimumNumberOfCalls(p.minimumNumberOfCalls())
                .waitDurationInOpenState(p.waitDurationInOpenState())
                .permittedNumberOfCallsInHalfOpenState(p.permittedCallsInHalfOpenState())
                .clock(clock)
                .recordException(t -> t instanceof IOException || t instanceof OpenAiHttpException h && h.status() >= 500)
                // a 429 or a rejected request means the server is up: neither a failure nor a success
                .ignoreException(t -> t instanceof InterruptedException
                        || t instanceof OpenAiHttpException h && h.status() < 500)
                .build();
        CircuitBreaker cb = CircuitBreaker.of("llm", config);
        cb.getEventPublisher().onStateTransition(e -> log.warn("LLM circuit breaker: {}", e.getStateTransition()));
        return cb;
    }

    static ThreadFactory daemonThreads(String prefix) {
        AtomicInteger n = new AtomicInteger();
        return r -> {
            Thread t = new Thread(r, prefix + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        };
    }
}
