package org.paperkg.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.paperkg.extract.LlmTestSupport.baseUrl;
import static org.paperkg.extract.LlmTestSupport.body;
import static org.paperkg.extract.LlmTestSupport.completion;
import static org.paperkg.extract.LlmTestSupport.json;
import static org.paperkg.extract.LlmTestSupport.props;

import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import tools.jackson.databind.JsonNode;

class OpenAiChatClientTest {

    @RegisterExtension
    final LlmMockServer llm = new LlmMockServer();
    private final MockWebServer server = llm.server;
    private OpenAiChatClient client;

    private static LlmChatRequest request(int maxTokens) {
        JsonNode schema = PromptTemplates.extraction().schema();
        return new LlmChatRequest(List.of(LlmMessage.system("sys"), LlmMessage.user("paper")), maxTokens,
                "paper_extraction", schema);
    }

    @Test
    void postsQwenNonThinkingRequestWithStrictSchema() throws Exception {
        client = llm.client(props(baseUrl(server) + "v1/", "api-key", "sk-test-123"));
        server.enqueue(completion("well-formed.json"));

        LlmCompletion answer = client.complete(request(777));

        assertThat(answer.finishReason()).isEqualTo("stop");
        assertThat(answer.promptTokens()).isEqualTo(1957);
        assertThat(answer.content()).startsWith("{\"summary\"");
        RecordedRequest r = server.takeRequest();
        assertThat(r.getMethod()).isEqualTo("POST");
        assertThat(r.getTarget()).isEqualTo("/v1/chat/completions");
        assertThat(r.getHeaders().get("Authorization")).isEqualTo("Bearer sk-test-123");
        JsonNode b = body(r);
        assertThat(b.path("model").asString()).isEqualTo("Qwen/Qwen3-8B");
        assertThat(b.path("max_tokens").asInt()).isEqualTo(777);
        assertThat(b.path("temperature").asDouble()).isEqualTo(0.7);
        assertThat(b.path("top_p").asDouble()).isEqualTo(0.8);
        assertThat(b.path("top_k").asInt()).isEqualTo(20);
        assertThat(b.path("min_p").asDouble()).isZero();
        assertThat(b.path("chat_template_kwargs").path("enable_thinking").isBoolean()).isTrue();
        assertThat(b.path("chat_template_kwargs").path("enable_thinking").asBoolean()).isFalse();
        assertThat(b.path("messages").path(0).path("role").asString()).isEqualTo("system");
        JsonNode format = b.path("response_format");
        assertThat(format.path("type").asString()).isEqualTo("json_schema");
        assertThat(format.path("json_schema").path("name").asString()).isEqualTo("paper_extraction");
        assertThat(format.path("json_schema").path("strict").asBoolean()).isTrue();
        assertThat(format.path("json_schema").path("schema").path("required").toString()).contains("methods");
        assertThat(b.has("guided_json")).isFalse();
    }

    @Test
    void olderVllmGetsGuidedJsonAndPlainServersGetNoExtensions() throws Exception {
        client = llm.client(props(baseUrl(server), "structured-output", "guided-json"));
        server.enqueue(completion("well-formed.json"));
        client.complete(request(100));
        JsonNode guided = body(server.takeRequest());
        assertThat(guided.path("guided_json").path("type").asString()).isEqualTo("object");
        assertThat(guided.has("response_format")).isFalse();
        assertThat(server.takeRequest(0, TimeUnit.SECONDS)).isNull();
        client.close();

        client = llm.client(props(baseUrl(server), "structured-output", "prompt-only", "qwen-extensions", "false",
                "extra-body[reasoning_effort]", "none", "extra-body[seed]", "7", "extra-body[model]", "ignored"));
        server.enqueue(completion("well-formed.json"));
        client.complete(request(100));
        RecordedRequest plain = server.takeRequest();
        JsonNode b = body(plain);
        assertThat(b.has("response_format") || b.has("guided_json")).isFalse();
        assertThat(b.has("chat_template_kwargs") || b.has("top_k") || b.has("min_p")).isFalse();
        assertThat(plain.getHeaders().get("Authorization")).isNull();
        assertThat(b.path("reasoning_effort").asString()).isEqualTo("none");
        assertThat(b.path("seed").isInt()).isTrue();
        assertThat(b.path("model").asString()).isEqualTo("Qwen/Qwen3-8B"); // extras never override
    }

    @Test
    void spreadsRequestsOverReplicasRoundRobin() throws Exception {
        try (MockWebServer second = new MockWebServer()) {
            second.start();
            client = llm.client(props(baseUrl(server) + "," + baseUrl(second)));
            for (int i = 0; i < 2; i++) {
                server.enqueue(completion("well-formed.json"));
                second.enqueue(completion("well-formed.json"));
            }
            for (int i = 0; i < 4; i++) {
                client.complete(request(100));
            }
            assertThat(server.getRequestCount()).isEqualTo(2);
            assertThat(second.getRequestCount()).isEqualTo(2);
        }
    }

    @Test
    void honoursRetryAfterOn429ThenSucceeds() throws Exception {
        client = llm.client(props(baseUrl(server)));
        List<Duration> waits = new CopyOnWriteArrayList<>();
        client.retry().getEventPublisher().onRetry(e -> waits.add(e.getWaitInterval()));
        server.enqueue(new MockResponse.Builder(json(429, "error-429.json")).setHeader("Retry-After", "1").build());
        server.enqueue(completion("well-formed.json"));

        LlmCompletion answer = client.complete(request(100));

        assertThat(answer.finishReason()).isEqualTo("stop");
        assertThat(server.getRequestCount()).isEqualTo(2);
        assertThat(waits).containsExactly(Duration.ofSeconds(1)); // the server's word, not the 5 ms backoff
        // 429 means "busy", not "broken": it must not push the circuit towards open
        assertThat(client.circuitBreaker().getMetrics().getNumberOfFailedCalls()).isZero();
    }

    @Test
    void retries503WithBackoffThenSucceeds() throws Exception {
        client = llm.client(props(baseUrl(server)));
        List<Duration> waits = new CopyOnWriteArrayList<>();
        client.retry().getEventPublisher().onRetry(e -> waits.add(e.getWaitInterval()));
        server.enqueue(json(503, "error-503.json"));
        server.enqueue(json(503, "error-503.json"));
        server.enqueue(completion("well-formed.json"));

        assertThat(client.complete(request(100)).content()).contains("Graph Convolutional Networks");
        assertThat(server.getRequestCount()).isEqualTo(3);
        // exponential with ±50% jitter from 5 ms, capped at 20 ms
        assertThat(waits).hasSize(2).allSatisfy(w -> assertThat(w.toMillis()).isBetween(2L, 20L));
        // failures that a retry got past do not count against the server
        assertThat(client.circuitBreaker().getMetrics().getNumberOfFailedCalls()).isZero();
        assertThat(client.circuitBreaker().getMetrics().getNumberOfSuccessfulCalls()).isEqualTo(1);
    }

    @Test
    void retriesAfterReadTimeout() throws Exception {
        client = llm.client(props(baseUrl(server), "request-timeout", "300ms"));
        server.enqueue(new MockResponse.Builder(completion("well-formed.json")).headersDelay(5, TimeUnit.SECONDS).build());
        server.enqueue(completion("well-formed.json"));

        assertThat(client.complete(request(100)).finishReason()).isEqualTo("stop");
        assertThat(server.getRequestCount()).isEqualTo(2);
    }

    @Test
    void rejectedRequestFailsAtOnceAndIsNotRetryable() {
        client = llm.client(props(baseUrl(server)));
        server.enqueue(json(400, "error-400-context.json"));

        assertThatThrownBy(() -> client.complete(request(100)))
                .isInstanceOfSatisfying(ExtractionException.class, e -> assertThat(e.retryable()).isFalse())
                .hasMessageContaining("HTTP 400").hasMessageContaining("maximum context length is 32768");
        assertThat(server.getRequestCount()).isEqualTo(1);
    }

    @Test
    void wrongKeyOrModelIsAConfigurationErrorPapersWaitFor() {
        client = llm.client(props(baseUrl(server), "model", "qwen3-8b-typo"));
        server.enqueue(new MockResponse.Builder().code(404).setHeader("Content-Type", "application/json")
                .body("{\"object\":\"error\",\"message\":\"The model `qwen3-8b-typo` does not exist.\",\"type\":\"NotFoundError\",\"param\":null,\"code\":404}")
                .build());

        assertThatThrownBy(() -> client.complete(request(100)))
                .isInstanceOfSatisfying(ExtractionException.class, e -> assertThat(e.retryable()).isTrue())
                .hasMessageContaining("does not exist");
        assertThat(server.getRequestCount()).isEqualTo(1);
    }

    @Test
    void serverDownIsRetryableThenBackSucceeds() throws Exception {
        int port = server.getPort();
        server.close();
        client = llm.client(props("http://127.0.0.1:" + port, "retry.max-attempts", "3",
                "circuit-breaker.minimum-number-of-calls", "100"));

        assertThatThrownBy(() -> client.complete(request(100)))
                .isInstanceOfSatisfying(ExtractionException.class, e -> assertThat(e.retryable()).isTrue())
                .hasMessageContaining("unreachable after 3 attempts");

        try (MockWebServer back = new MockWebServer()) {
            back.start(port);
            back.enqueue(completion("well-formed.json"));
            assertThat(client.complete(request(100)).finishReason()).isEqualTo("stop");
            assertThat(back.getRequestCount()).isEqualTo(1);
        }
    }

    @Test
    void neverHasMoreThanMaxInFlightRequestsOnTheWire() throws Exception {
        client = llm.client(props(baseUrl(server), "max-in-flight", "2"));
        AtomicInteger active = new AtomicInteger();
        AtomicInteger maxActive = new AtomicInteger();
        CountDownLatch twoArrived = new CountDownLatch(2);
        CountDownLatch release = new CountDownLatch(1);
        String ok = LlmTestSupport.fixture("well-formed.json");
        server.setDispatcher(new Dispatcher() {
            @Override
            public MockResponse dispatch(RecordedRequest request) throws InterruptedException {
                maxActive.accumulateAndGet(active.incrementAndGet(), Math::max);
                twoArrived.countDown();
                release.await();
                active.decrementAndGet();
                return new MockResponse.Builder().code(200).body(ok).build();
            }
        });
        ExecutorService callers = Executors.newFixedThreadPool(5);
        try {
            List<Future<LlmCompletion>> calls = new ArrayList<>();
            for (int i = 0; i < 5; i++) {
                calls.add(callers.submit(() -> client.complete(request(100))));
            }
            assertThat(twoArrived.await(10, TimeUnit.SECONDS)).isTrue();
            assertThat(client.inFlight()).isEqualTo(2);
            release.countDown();
            for (Future<LlmCompletion> f : calls) {
                assertThat(f.get(10, TimeUnit.SECONDS).finishReason()).isEqualTo("stop");
            }
        } finally {
            release.countDown();
            callers.shutdownNow();
        }
        assertThat(server.getRequestCount()).isEqualTo(5);
        assertThat(maxActive.get()).isEqualTo(2);
        assertThat(client.inFlight()).isZero();
    }

    @Test
    void baseUrlsAreNormalized() {
        URI expected = URI.create("http://gpu-1:8000/v1/chat/completions");
        for (String s : List.of("http://gpu-1:8000", "http://gpu-1:8000/", "http://gpu-1:8000/v1", "http://gpu-1:8000/v1/")) {
            assertThat(OpenAiChatClient.completionsUri(URI.create(s))).isEqualTo(expected);
        }
        assertThat(OpenAiChatClient.completionsUri(URI.create("http://proxy/llm/v1")))
                .isEqualTo(URI.create("http://proxy/llm/v1/chat/completions"));
    }
}
