package org.paperkg.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.paperkg.extract.LlmTestSupport.baseUrl;
import static org.paperkg.extract.LlmTestSupport.completion;
import static org.paperkg.extract.LlmTestSupport.json;
import static org.paperkg.extract.LlmTestSupport.props;

import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import mockwebserver3.MockWebServer;
import org.junit.jupiter.api.Test;

class OpenAiCircuitBreakerTest {

    /** A clock the test moves by hand, so the open state's wait passes without sleeping. */
    static final class ManualClock extends Clock {
        private volatile Instant now = Instant.parse("2026-11-28T08:00:00Z");

        void advance(Duration d) {
            now = now.plus(d);
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }

    private static LlmChatRequest request() {
        return new LlmChatRequest(List.of(LlmMessage.user("paper")), 100, "paper_extraction", null);
    }

    @Test
    void opensAfterFailuresFailsFastWhileOpenAndClosesWhenTheServerIsBack() throws Exception {
        ManualClock clock = new ManualClock();
        try (MockWebServer server = new MockWebServer()) {
            server.start();
            OpenAiChatClient client = new OpenAiChatClient(props(baseUrl(server), "retry.max-attempts", "1",
                    "circuit-breaker.sliding-window-size", "4", "circuit-breaker.minimum-number-of-calls", "2",
                    "circuit-breaker.wait-duration-in-open-state", "30s",
                    "circuit-breaker.permitted-calls-in-half-open-state", "1"), clock);
            try {
                server.enqueue(json(503, "error-503.json"));
                server.enqueue(json(503, "error-503.json"));
                for (int i = 0; i < 2; i++) {
                    assertThatThrownBy(() -> client.complete(request()))
                            .isInstanceOfSatisfying(ExtractionException.class, e -> assertThat(e.retryable()).isTrue());
                }
                assertThat(client.circuitBreaker().getState()).isEqualTo(CircuitBreaker.State.OPEN);

                assertThatThrownBy(() -> client.complete(request()))
                        .isInstanceOfSatisfying(ExtractionException.class, e -> assertThat(e.retryable()).isTrue())
                        .hasMessageContaining("circuit is open");
                assertThat(server.getRequestCount()).isEqualTo(2); // failed fast: the server saw nothing

                clock.advance(Duration.ofSeconds(31));
                server.enqueue(completion("well-formed.json"));
                assertThat(client.complete(request()).finishReason()).isEqualTo("stop");
                assertThat(client.circuitBreaker().getState()).isEqualTo(CircuitBreaker.State.CLOSED);
                assertThat(server.getRequestCount()).isEqualTo(3);
            } finally {
                client.close();
            }
        }
    }
}
