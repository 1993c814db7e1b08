package org.paperkg.pipeline;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.RecordedRequest;
import mockwebserver3.SocketEffect;

/**
 * A mock peer (Grobid, an LLM server) that answers its n-th request with the n-th answer of a script
 * (a fault, or {@link #ok()}), and every request after the script well. Requests are counted as they
 * arrive, so with one request at a time the script says exactly which call meets which fault.
 */
final class ScriptedPeer extends Dispatcher {

    /** One answer of the script, given the peer's healthy answer to the same request. */
    interface Answer {
        MockResponse to(RecordedRequest request, Function<RecordedRequest, MockResponse> healthy);
    }

    private final Function<RecordedRequest, MockResponse> healthy;
    private final List<Answer> script;
    private final AtomicInteger requests = new AtomicInteger();

    ScriptedPeer(Function<RecordedRequest, MockResponse> healthy, List<Answer> script) {
        this.healthy = healthy;
        this.script = List.copyOf(script);
    }

    @Override
    public MockResponse dispatch(RecordedRequest request) {
        int n = requests.getAndIncrement();
        return n < script.size() ? script.get(n).to(request, healthy) : healthy.apply(request);
    }

    int requests() {
        return requests.get();
    }

    /** The healthy answer. */
    static Answer ok() {
        return (r, healthy) -> healthy.apply(r);
    }

    static Answer status(int code, String body) {
        return (r, healthy) -> new MockResponse.Builder().code(code).setHeader("Content-Type", "application/json")
                .body(body).build();
    }

    /** The connection is closed where the answer would start: the client sees a reset. */
    static Answer reset() {
        return (r, healthy) -> new MockResponse.Builder().onResponseStart(new SocketEffect.CloseSocket()).build();
    }

    /** Headers promised, then the connection is closed in the middle of the body. */
    static Answer cutBody(Answer full) {
        return (r, healthy) -> new MockResponse.Builder(full.to(r, healthy))
                .onResponseBody(new SocketEffect.CloseSocket()).build();
    }

    /** The answer comes, but only after {@code delay}: longer than the client waits. */
    static Answer late(Duration delay, Answer answer) {
        return (r, healthy) -> new MockResponse.Builder(answer.to(r, healthy))
                .headersDelay(delay.toMillis(), TimeUnit.MILLISECONDS).build();
    }
}
