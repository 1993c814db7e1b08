package org.paperkg.extract;

import io.github.resilience4j.circuitbreaker.CallNotPermittedException;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.retry.Retry;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.LongAdder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.json.JsonMapper;

/**
 * A blocking client for {@code POST /v1/chat/completions} on any OpenAI-compatible server (vLLM,
 * SGLang, llama.cpp server, Ollama's {@code /v1}, DJL Serving). Thread-safe; share one instance.
 *
 * <p>Concurrency: Java 17 has no virtual threads, so each call blocks its caller's (platform)
 * thread; callers bring a bounded pool, and a fair semaphore caps the requests on the wire at
 * {@code maxInFlight} whatever the callers do. The HttpClient's own asynchronous work runs on a
 * small fixed pool of daemon threads, not the JDK's unbounded default. Only the wait for a
 * permit and the network wait are per request; backoff sleeps hold no permit.
 *
 * <p>Failures: connection errors, timeouts, 429 and 5xx are retried with exponential backoff and
 * jitter, or after the server's {@code Retry-After} (resilience4j {@link Retry}); a resilience4j
 * {@link CircuitBreaker} around the retried call stops calling a server whose calls keep failing
 * after all their retries. Either way the caller gets an {@link ExtractionException} that says
 * whether waiting may help.
 */
public final class OpenAiChatClient implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(OpenAiChatClient.class);

    private final LlmProperties props;
    private final List<URI> endpoints;
    private final AtomicInteger nextEndpoint = new AtomicInteger();
    private final Semaphore inFlight;
    private final ExecutorService httpExecutor;
    private final HttpClient http;
    private final OpenAiRequestBody requestBody;
    private final OpenAiResponseBody responseBody;
    private final Retry retry;
    private final CircuitBreaker circuitBreaker;
    private final Clock clock;
    /** Token usage the servers reported, for metrics; answers without a usage block add nothing. */
    private final LongAdder promptTokens = new LongAdder();
    private final LongAdder completionTokens = new LongAdder();
    private final LongAdder completions = new LongAdder();

    public OpenAiChatClient(LlmProperties props) {
        this(props, Clock.systemUTC());
    }

    OpenAiChatClient(LlmProperties props, Clock clock) {
        if (!props.enabled()) {
            throw new IllegalArgumentException("paperkg.llm.base-urls is empty: no LLM server to call");
        }
        this.props = props;
        this.clock = clock;
        this.endpoints = props.baseUrls().stream().map(OpenAiChatClient::completionsUri).toList();
        this.inFlight = new Semaphore(props.maxInFlight(), true);
        this.httpExecutor = Executors.newFixedThreadPool(
                Math.max(2, Runtime.getRuntime().availableProcessors()), OpenAiResilience.daemonThreads("llm-http-"));
        this.http = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1) // vLLM & co. speak HTTP/1.1; no h2c upgrade dance
                .connectTimeout(props.connectTimeout())
                .executor(httpExecutor)
                .build();
        JsonMapper mapper = JsonMapper.builder().build();
        this.requestBody = new OpenAiRequestBody(props, mapper);
        this.responseBody = new OpenAiResponseBody(mapper);
        this.retry = OpenAiResilience.retry(props.retry());
        this.circuitBreaker = OpenAiResilience.circuitBreaker(props.circuitBreaker(), clock);
    }

    /** {@code http://host:8000}, {@code http://host:8000/} and {@code http://host:8000/v1} all mean the same server. */
    static URI completionsUri(URI base) {
        String s = base.toString().replaceAll("/+$", "").replaceAll("/v1$", "");
        return URI.create(s + "/v1/chat/completions");
    }

    /**
     * Sends one chat completion request, retrying as configured.
     *
     * @throws ExtractionException retryable when the server is down, overloaded or misconfigured;
     *                             not retryable when it rejects this request as such (400/413/422)
     */
    LlmCompletion complete(LlmChatRequest request) throws ExtractionException {
        byte[] body = requestBody.write(request);
        // the breaker judges whole calls, retries included: a stale keep-alive connection or a 503
        // that the next attempt gets past says nothing about the server being down
        var retried = Retry.decorateCheckedSupplier(retry, () -> attempt(body));
        try {
            return CircuitBreaker.decorateCheckedSupplier(circuitBreaker, retried).get();
        } catch (CallNotPermittedException e) {
            throw new ExtractionException("LLM server circuit is open after repeated failures; try again later", e, true);
        } catch (OpenAiHttpException e) {
            boolean retryable = !e.rejectsRequest() && e.status() != 200;
            throw new ExtractionException("LLM server: " + e.getMessage(), e, retryable);
        } catch (IOException e) {
            throw new ExtractionException("LLM server unreachable after " + props.retry().maxAttempts()
                    + " attempts: " + e, e, true);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ExtractionException("interrupted while calling the LLM server", e, true);
        } catch (Throwable e) {
            if (e instanceof Error err) {
                throw err;
            }
            throw new ExtractionException("LLM call failed: " + e, e, true);
        }
    }

    private LlmCompletion attempt(byte[] body) throws IOException, InterruptedException, OpenAiHttpException {
        URI uri = endpoints.get(Math.floorMod(nextEndpoint.getAndIncrement(), endpoints.size()));
        HttpRequest.Builder rb = HttpRequest.newBuilder(uri)
                .timeout(props.requestTimeout())
                .header("Content-Type", "application/json")
                .header("Accept", "application/json")
                .POST(HttpRequest.BodyPublishers.ofByteArray(body));
        if (props.apiKey() != null && !props.apiKey().isBlank()) {
            rb.header("Authorization", "Bearer " + props.apiKey());
        }
        HttpResponse<String> response;
        inFlight.acquire();
        try {
            response = http.send(rb.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } finally {
            inFlight.release();
        }
        int status = response.statusCode();
        if (status == 200) {
            LlmCompletion completion = responseBody.completion(response.body());
            completions.increment();
            promptTokens.add(Math.max(0, completion.promptTokens()));
            completionTokens.add(Math.max(0, completion.completionTokens()));
            return completion;
        }
        var retryAfter = OpenAiHttpException.parseRetryAfter(
                response.headers().firstValue("Retry-After").orElse(null), clock);
        throw new OpenAiHttpException(status, retryAfter,
                "HTTP " + status + " from " + uri + ": " + responseBody.errorMessage(response.body()));
    }

    /** Requests on the wire now. */
    public int inFlight() {
        return props.maxInFlight() - inFlight.availablePermits();
    }

    /** Prompt tokens the servers counted, summed over all answers so far. */
    public long promptTokensTotal() {
        return promptTokens.sum();
    }

    /** Answer tokens the servers counted, summed over all answers so far. */
    public long completionTokensTotal() {
        return completionTokens.sum();
    }

    /** Answers received with HTTP 200. */
    public long completionsTotal() {
        return completions.sum();
    }

    /** The circuit breaker's state: {@code CLOSED} (calling), {@code OPEN} (resting), {@code HALF_OPEN}. */
    public String circuitState() {
        return circuitBreaker.getState().name();
    }

    /** The configured servers. */
    public List<URI> servers() {
        return props.baseUrls();
    }

    /**
     * Asks one server's {@code GET /v1/models} within {@code timeout}.
     *
     * @return {@code null} when it answered 200, else what went wrong
     */
    public String checkServer(URI base, java.time.Duration timeout) {
        String s = base.toString().replaceAll("/+$", "").replaceAll("/v1$", "");
        HttpRequest.Builder rb = HttpRequest.newBuilder(URI.create(s + "/v1/models")).timeout(timeout).GET();
        if (props.apiKey() != null && !props.apiKey().isBlank()) {
            rb.header("Authorization", "Bearer " + props.apiKey());
        }
        try {
            int status = http.send(rb.build(), HttpResponse.BodyHandlers.discarding()).statusCode();
            return status == 200 ? null : "HTTP " + status;
        } catch (IOException e) {
            return e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return "interrupted";
        }
    }

    Retry retry() {
        return retry;
    }

    CircuitBreaker circuitBreaker() {
        return circuitBreaker;
    }

    @Override
    public void close() {
        httpExecutor.shutdownNow();
        log.debug("LLM client closed");
    }
}
