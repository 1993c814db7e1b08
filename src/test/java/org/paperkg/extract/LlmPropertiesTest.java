package org.paperkg.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

class LlmPropertiesTest {

    @Test
    void defaultsFollowQwenNonThinkingGuidanceAndLeaveTheLlmOff() {
        LlmProperties p = LlmTestSupport.bind(Map.of());
        assertThat(p.enabled()).isFalse();
        assertThat(p.model()).isEqualTo("Qwen/Qwen3-8B");
        assertThat(p.temperature()).isEqualTo(0.7);
        assertThat(p.topP()).isEqualTo(0.8);
        assertThat(p.topK()).isEqualTo(20);
        assertThat(p.minP()).isZero();
        assertThat(p.maxInFlight()).isEqualTo(64);
        assertThat(p.maxTokens()).isEqualTo(2048);
        assertThat(p.contextTokens()).isEqualTo(32768);
        assertThat(p.structuredOutput()).isEqualTo(StructuredOutputMode.RESPONSE_FORMAT);
        assertThat(p.cacheDir()).isEqualTo(Path.of("data/cache"));
        assertThat(p.retry().maxAttempts()).isEqualTo(4);
        assertThat(p.circuitBreaker().waitDurationInOpenState()).isEqualTo(Duration.ofSeconds(30));
    }

    @Test
    void bindsAListOfServersAndNestedSettings() {
        LlmProperties p = LlmTestSupport.bind(Map.of(
                "paperkg.llm.base-urls", "http://gpu-1:8000/v1,http://gpu-2:8000",
                "paperkg.llm.structured-output", "guided-json",
                "paperkg.llm.retry.max-attempts", "6",
                "paperkg.llm.circuit-breaker.failure-rate-threshold", "75"));
        assertThat(p.baseUrls()).containsExactly(URI.create("http://gpu-1:8000/v1"), URI.create("http://gpu-2:8000"));
        assertThat(p.structuredOutput()).isEqualTo(StructuredOutputMode.GUIDED_JSON);
        assertThat(p.retry().maxAttempts()).isEqualTo(6);
        assertThat(p.circuitBreaker().failureRateThreshold()).isEqualTo(75f);
    }

    @Test
    void theApiKeyNeverShowsInToString() {
        LlmProperties p = LlmTestSupport.bind(Map.of("paperkg.llm.api-key", "sk-very-secret"));
        assertThat(p.toString()).doesNotContain("sk-very-secret").contains("apiKey=<set>");
        assertThat(p.apiKey()).isEqualTo("sk-very-secret");
    }

    @Test
    void badValuesAreNamed() {
        assertThatThrownBy(() -> LlmTestSupport.bind(Map.of("paperkg.llm.base-urls", "gpu-1:8000")))
                .rootCause().hasMessageContaining("paperkg.llm.base-urls: 'gpu-1:8000' is not an http(s) URL");
        assertThatThrownBy(() -> LlmTestSupport.bind(Map.of("paperkg.llm.max-in-flight", "0")))
                .rootCause().hasMessageContaining("max-in-flight");
        assertThatThrownBy(() -> LlmTestSupport.bind(Map.of("paperkg.llm.max-tokens", "40000")))
                .rootCause().hasMessageContaining("context-tokens");
    }
}
