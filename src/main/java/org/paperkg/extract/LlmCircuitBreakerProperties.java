package org.paperkg.extract;

import java.time.Duration;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * When the client stops calling a failing LLM server for a while ({@code paperkg.llm.circuit-breaker.*}).
 * A call counts as failed when it still fails after its retries with a connection error, a timeout
 * or a 5xx; 429 and other 4xx do not count (the server is up).
 *
 * @param failureRateThreshold     percentage of failed calls in the window that opens the circuit
 * @param slidingWindowSize        calls the failure rate is computed over
 * @param minimumNumberOfCalls     calls needed before the rate is judged
 * @param waitDurationInOpenState  how long the circuit stays open before trial calls
 * @param permittedCallsInHalfOpenState trial calls that decide whether to close it again
 */
public record LlmCircuitBreakerProperties(
        @DefaultValue("50") float failureRateThreshold,
        @DefaultValue("20") int slidingWindowSize,
        @DefaultValue("10") int minimumNumberOfCalls,
        @DefaultValue("30s") Duration waitDurationInOpenState,
        @DefaultValue("2") int permittedCallsInHalfOpenState) {

    static final LlmCircuitBreakerProperties DEFAULTS =
            new LlmCircuitBreakerProperties(50, 20, 10, Duration.ofSeconds(30), 2);

    public LlmCircuitBreakerProperties {
        if (failureRateThreshold <= 0 || failureRateThreshold > 100) {
            throw new IllegalArgumentException(
                    "paperkg.llm.circuit-breaker.failure-rate-threshold must be in (0, 100], was " + failureRateThreshold);
        }
        if (slidingWindowSize < 1 || minimumNumberOfCalls < 1 || permittedCallsInHalfOpenState < 1) {
            throw new IllegalArgumentException("paperkg.llm.circuit-breaker: window, minimum calls and trial calls must be at least 1");
        }
        waitDurationInOpenState = waitDurationInOpenState == null || waitDurationInOpenState.isNegative()
                || waitDurationInOpenState.isZero() ? Duration.ofSeconds(30) : waitDurationInOpenState;
    }
}
