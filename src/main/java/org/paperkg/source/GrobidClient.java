package org.paperkg.source;

import io.github.resilience4j.core.IntervalFunction;
import io.github.resilience4j.retry.Retry;
import io.github.resilience4j.retry.RetryConfig;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.LongAdder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.stereotype.Component;

/**
 * A small client for Grobid's {@code processFulltextDocument}. At most {@code maxInFlight} requests run
 * at once. A busy server (503, or a gateway's 502/504), a refused connection and a timeout are retried
 * with bounded exponential backoff and jitter; when the tries run out the failure is retryable, so the
 * pipeline keeps the file pending. 400, 500 and 204 are answers about this PDF and are never retried.
 */
@Component
@ConditionalOnExpression("!'${paperkg.grobid.url:}'.isBlank()")
public class GrobidClient {

    private static final Logger log = LoggerFactory.getLogger(GrobidClient.class);
    private static final int MAX_MESSAGE_CHARS = 300;

    private final GrobidProperties properties;
    private final URI fulltextUri;
    private final HttpClient http;
    private final Semaphore inFlight;
    private final Retry retry;
    /** Requests answered (any status) and the time they took, for a latency metric. */
    private final LongAdder answered = new LongAdder();
    private final LongAdder answerNanos = new LongAdder();

    public GrobidClient(GrobidProperties properties) {
        if (!properties.enabled()) {
            throw new IllegalArgumentException("paperkg.grobid.url is not set");
        }
        this.properties = properties;
        String base = properties.url().toString();
        this.fulltextUri = URI.create((base.endsWith("/") ? base : base + "/") + "api/processFulltextDocument");
        // HTTP/1.1: Grobid speaks nothing else, and h2c upgrade attempts only add a round trip
        this.http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(properties.connectTimeout()).build();
        this.inFlight = new Semaphore(properties.maxInFlight(), true);
        GrobidProperties.RetrySettings r = properties.retry();
        this.retry = Retry.of("grobid", RetryConfig.custom()
                .maxAttempts(r.maxAttempts())
                .intervalFunction(IntervalFunction.ofExponentialRandomBackoff(r.initialBackoff(), 2.0, 0.5, r.maxBackoff()))
                .retryOnException(e -> e instanceof Transient)
                .build());
        retry.getEventPublisher().onRetry(e -> log.warn("Grobid attempt {} failed ({}); retrying in {} ms",
                e.getNumberOfRetryAttempts(), e.getLastThrowable().getMessage(), e.getWaitInterval().toMillis()));
    }

    /**
     * Sends a PDF and returns Grobid's TEI.
     *
     * @param fileName names the PDF in the request and in error messages
     * @throws SourceException retryable when Grobid stayed busy or unreachable through every try;
     *                         not retryable when Grobid answered that it cannot process this PDF
     */
    public byte[] processFulltext(byte[] pdf, String fileName) throws SourceException {
        try {
            inFlight.acquire();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new SourceException(fileName + ": interrupted while waiting for a Grobid slot", true);
        }
        try {
            return Retry.decorateCheckedSupplier(retry, () -> attempt(pdf, fileName)).get();
        } catch (Transient e) {
            throw new SourceException(fileName + ": Grobid at " + properties.url() + " is unavailable after "
                    + properties.retry().maxAttempts() + " attempts: " + e.getMessage(), e, true);
        } catch (SourceException e) {
            throw e;
        } catch (Throwable e) {
            throw new SourceException(fileName + ": Grobid call failed: " + e, e, false);
        } finally {
            inFlight.release();
        }
    }

    /** Callers blocked waiting for a request slot (for tests and metrics). */
    int waitingForSlot() {
        return inFlight.getQueueLength();
    }

    private byte[] attempt(byte[] pdf, String fileName) throws SourceException, Transient {
        MultipartForm form = new MultipartForm()
                .file("input", fileName, "application/pdf", pdf)
                .field("consolidateHeader", String.valueOf(properties.consolidateHeader()))
                .field("consolidateCitations", String.valueOf(properties.consolidateCitations()))
                .field("includeRawCitations", "1");
        HttpRequest request = HttpRequest.newBuilder(fulltextUri)
                .timeout(properties.readTimeout())
                .header("Accept", "application/xml")
                .header("Content-Type", form.contentType())
                .POST(HttpRequest.BodyPublishers.ofByteArray(form.toBytes()))
                .build();
        long t0 = System.nanoTime();
        HttpResponse<byte[]> response = send(request);
        answerNanos.add(System.nanoTime() - t0);
        answered.increment();
        return answer(response, fileName);
    }

    /** Requests Grobid answered so far (whatever the status). */
    public long requestsAnswered() {
        return answered.sum();
    }

    /** Total time of the answered requests, upload to last byte, in nanoseconds. */
    public long requestNanos() {
        return answerNanos.sum();
    }

    /** The server's base URL. */
    public URI url() {
        return properties.url();
    }

    /**
     * Asks Grobid's {@code /api/isalive} within {@code timeout}.
     *
     * @return {@code null} when the server answered that it is alive, else what went wrong
     */
    public String checkAlive(java.time.Duration timeout) {
        String base = properties.url().toString();
        HttpRequest request = HttpRequest.newBuilder(URI.create((base.endsWith("/") ? base : base + "/") + "api/isalive"))
                .timeout(timeout).GET().build();
        try {
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
            return response.statusCode() == 200 && response.body().strip().equalsIgnoreCase("true") ? null
                    : "HTTP " + response.statusCode() + message(response.body().getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
            return describe(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return "interrupted";
        }
    }

    /**
     * The request timeout of the JDK client stops at the response headers; the deadline on the future
     * also covers a body that trickles in.
     */
    private HttpResponse<byte[]> send(HttpRequest request) throws Transient, SourceException {
        CompletableFuture<HttpResponse<byte[]>> future = http.sendAsync(request, HttpResponse.BodyHandlers.ofByteArray());
        try {
            return future.get(properties.readTimeout().toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            future.cancel(true);
            throw new Transient("no complete answer within " + properties.readTimeout().toMillis() + " ms");
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof java.net.http.HttpTimeoutException) {
                // the headers came too late: the same deadline, reached first by the client's own timer
                throw new Transient("no complete answer within " + properties.readTimeout().toMillis() + " ms");
            }
            if (cause instanceof IOException) {
                throw new Transient(describe(cause));
            }
            throw new SourceException("Grobid call failed: " + cause, cause, false);
        } catch (InterruptedException e) {
            future.cancel(true);
            Thread.currentThread().interrupt();
            throw new SourceException("interrupted while waiting for Grobid", e, true);
        }
    }

    private static byte[] answer(HttpResponse<byte[]> response, String fileName) throws SourceException, Transient {
        int status = response.statusCode();
        if (status == 200 && response.body().length > 0) {
            return response.body();
        }
        if (status == 200 || status == 204) {
            throw SourceException.badInput(fileName + ": Grobid found no content to extract (HTTP " + status + ")");
        }
        if (status == 503 || status == 502 || status == 504 || status == 429) {
            throw new Transient("HTTP " + status + " (busy)");
        }
        throw SourceException.badInput(fileName + ": Grobid could not process the PDF (HTTP " + status + ")"
                + message(response.body()));
    }

    private static String message(byte[] body) {
        String text = new String(body, StandardCharsets.UTF_8).replaceAll("\\s+", " ").strip();
        if (text.isEmpty()) {
            return "";
        }
        return ": " + (text.length() > MAX_MESSAGE_CHARS ? text.substring(0, MAX_MESSAGE_CHARS) + "…" : text);
    }

    private static String describe(Throwable e) {
        return e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage());
    }

    /** A failure that may pass if tried again: busy server, refused connection, timeout. */
    private static final class Transient extends Exception {
        Transient(String message) {
            super(message, null, false, false);
        }
    }
}
