package org.paperkg.extract;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * A load model of an OpenAI-compatible LLM server on 127.0.0.1 (random port): a fixed number of
 * concurrent slots (the engine's batch), requests beyond them queue; each request holds a slot for
 * prefill time per uncached input token plus decode time per output token. A system prompt seen
 * before costs no prefill, as with vLLM's prefix cache. Answers are valid extractions built from the
 * request's own abstract, so they also pass grounding.
 */
final class OpenAiServerSimulator implements AutoCloseable {

    /** Thread names the benchmark leaves out of the client's CPU time. */
    static final String THREAD_PREFIX = "sim-";

    static {
        // the JDK server closes keep-alive connections beyond 200 idle ones, which an inference
        // server does not; read once, when the JDK's server classes load
        System.setProperty("sun.net.httpserver.maxIdleConnections", "4096");
    }

    private final HttpServer http;
    private final ExecutorService handlers;
    private final Semaphore slots;
    private final int slotCount;
    private final long prefillNanosPerToken;
    private final long decodeNanosPerToken;
    private final Set<String> cachedPrefixes = ConcurrentHashMap.newKeySet();
    private final AtomicInteger requests = new AtomicInteger();
    private final AtomicLong serviceNanos = new AtomicLong();
    private final AtomicLong queueNanos = new AtomicLong();

    /**
     * @param slots          requests served at once
     * @param prefillMicros  microseconds per uncached prompt token
     * @param decodeMicros   microseconds per output token
     * @param maxConnections connections served (and queued) at once
     */
    OpenAiServerSimulator(int slots, long prefillMicros, long decodeMicros, int maxConnections) throws IOException {
        this.slotCount = slots;
        this.slots = new Semaphore(slots, true);
        this.prefillNanosPerToken = prefillMicros * 1000;
        this.decodeNanosPerToken = decodeMicros * 1000;
        this.handlers = Executors.newFixedThreadPool(maxConnections, OpenAiResilience.daemonThreads(THREAD_PREFIX));
        this.http = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), maxConnections);
        http.setExecutor(handlers);
        http.createContext("/v1/chat/completions", this::handle);
        http.start();
    }

    String baseUrl() {
        return "http://127.0.0.1:" + http.getAddress().getPort();
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            JsonNode request = LlmTestSupport.JSON.readTree(exchange.getRequestBody().readAllBytes());
            JsonNode messages = request.path("messages");
            String system = messages.path(0).path("content").asString();
            String user = messages.path(messages.size() - 1).path("content").asString();
            int promptTokens = estimateTokens(system) + estimateTokens(user);
            int uncached = cachedPrefixes.add(system) ? promptTokens : estimateTokens(user);
            String content = SimulatedExtraction.fromUserMessage(user);
            int outputTokens = Math.min(estimateTokens(content), request.path("max_tokens").asInt(2048));
            long service = uncached * prefillNanosPerToken + outputTokens * decodeNanosPerToken;

            long queued = System.nanoTime();
            slots.acquireUninterruptibly();
            try {
                queueNanos.addAndGet(System.nanoTime() - queued);
                TimeUnit.NANOSECONDS.sleep(service); // the GPU's work: the modelled time, spent holding a slot
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } finally {
                slots.release();
            }
            serviceNanos.addAndGet(service);
            requests.incrementAndGet();
            byte[] body = LlmTestSupport.JSON.writeValueAsBytes(completion(request, content, promptTokens, outputTokens));
            exchange.getResponseHeaders().set("Content-Type", "application/json");
            exchange.sendResponseHeaders(200, body.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        }
    }

    private static ObjectNode completion(JsonNode request, String content, int promptTokens, int outputTokens) {
        ObjectNode r = LlmTestSupport.JSON.createObjectNode();
        r.put("id", "chatcmpl-sim").put("object", "chat.completion").put("created", 1764312000)
                .put("model", request.path("model").asString());
        ObjectNode choice = r.putArray("choices").addObject();
        choice.put("index", 0).put("finish_reason", "stop");
        choice.putObject("message").put("role", "assistant").put("content", content).putNull("reasoning_content");
        r.putObject("usage").put("prompt_tokens", promptTokens).put("completion_tokens", outputTokens)
                .put("total_tokens", promptTokens + outputTokens);
        return r;
    }

    /** A cheap stand-in for the tokenizer: about 4 characters per token, one per CJK character. */
    static int estimateTokens(String s) {
        int cjk = 0;
        for (int i = 0; i < s.length(); i++) {
            if (Character.UnicodeScript.of(s.charAt(i)) == Character.UnicodeScript.HAN) {
                cjk++;
            }
        }
        return cjk + (s.length() - cjk + 3) / 4;
    }

    int requests() {
        return requests.get();
    }

    /** Requests per second the slots could serve for the work seen so far, if never idle. */
    double capacityPerSecond() {
        return requests.get() == 0 ? 0 : slotCount * requests.get() / (serviceNanos.get() / 1e9);
    }

    double meanServiceMillis() {
        return requests.get() == 0 ? 0 : serviceNanos.get() / 1e6 / requests.get();
    }

    double meanQueueMillis() {
        return requests.get() == 0 ? 0 : queueNanos.get() / 1e6 / requests.get();
    }

    void resetStatistics() {
        requests.set(0);
        serviceNanos.set(0);
        queueNanos.set(0);
    }

    @Override
    public void close() {
        http.stop(0);
        handlers.shutdownNow();
    }
}
