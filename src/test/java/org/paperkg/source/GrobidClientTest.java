package org.paperkg.source;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The Grobid client against a mock server that answers the way Grobid does: TEI for a real PDF,
 * 503 when its engine pool is exhausted, 500 with Grobid's error text, 204 for nothing found.
 */
class GrobidClientTest {

    private static final String PDF = "fixtures/grobid/pdf/jner2016-multicontact-fes.pdf";
    private static final String TEI = "fixtures/grobid/tei/grobid-0.6.1_fulltext-coords_jner2016-multicontact-fes.tei.xml";

    private MockWebServer server;

    @BeforeEach
    void start() throws Exception {
        server = new MockWebServer();
        server.start();
    }

    @AfterEach
    void stop() {
        server.close();
    }

    private GrobidProperties properties(int maxAttempts, Duration readTimeout, int maxInFlight) {
        return new GrobidProperties(server.url("/").uri(), Duration.ofSeconds(2), readTimeout, maxInFlight,
                new GrobidProperties.RetrySettings(maxAttempts, Duration.ofMillis(1), Duration.ofMillis(4)), null, null);
    }

    private GrobidClient client(int maxAttempts) {
        return new GrobidClient(properties(maxAttempts, Duration.ofSeconds(5), 4));
    }

    private static MockResponse tei() throws Exception {
        return new MockResponse.Builder().code(200).addHeader("Content-Type", "application/xml; charset=UTF-8")
                .body(Files.readString(Fixtures.file(TEI))).build();
    }

    private static MockResponse status(int code, String body) {
        return new MockResponse.Builder().code(code).body(body).build();
    }

    @Test
    void sendsThePdfAsGrobidExpectsAndReadsTheTeiItReturns() throws Exception {
        server.enqueue(tei());
        InputFile pdf = Fixtures.input(Fixtures.file(PDF));

        List<SourceItem> items = new GrobidPdfSource(client(3)).read(pdf);

        Paper p = items.get(0).paper();
        assertThat(p.readBy()).isEqualTo("grobid");
        assertThat(p.id()).isEqualTo("doi:10.1186/s12984-016-0129-6");
        assertThat(p.title()).startsWith("Multi-contact functional electrical stimulation for hand opening");
        assertThat(p.references()).hasSize(49);
        assertThat(items.get(0).contentHash()).isEqualTo(pdf.contentHash());

        RecordedRequest request = server.takeRequest(5, TimeUnit.SECONDS);
        assertThat(request.getMethod()).isEqualTo("POST");
        assertThat(request.getTarget()).isEqualTo("/api/processFulltextDocument");
        assertThat(request.getHeaders().get("Accept")).isEqualTo("application/xml");
        assertThat(request.getHeaders().get("Content-Type")).startsWith("multipart/form-data; boundary=");
        String body = new String(request.getBody().toByteArray(), StandardCharsets.ISO_8859_1);
        assertThat(body)
                .contains("Content-Disposition: form-data; name=\"input\"; filename=\"jner2016-multicontact-fes.pdf\"\r\n"
                        + "Content-Type: application/pdf\r\n\r\n%PDF-")
                .contains(new String(pdf.bytes(), StandardCharsets.ISO_8859_1))
                .contains("name=\"consolidateHeader\"\r\n\r\n1\r\n")
                .contains("name=\"consolidateCitations\"\r\n\r\n0\r\n")
                .contains("name=\"includeRawCitations\"\r\n\r\n1\r\n");
    }

    @Test
    void busyServerIsRetriedUntilItAnswers() throws Exception {
        for (int i = 0; i < 3; i++) {
            server.enqueue(status(503, ""));
        }
        server.enqueue(tei());

        byte[] tei = client(5).processFulltext(new byte[] {'%', 'P', 'D', 'F', '-'}, "a.pdf");

        assertThat(new String(tei, StandardCharsets.UTF_8)).contains("<TEI");
        assertThat(server.getRequestCount()).isEqualTo(4);
    }

    @Test
    void busyThroughEveryAttemptIsRetryable() {
        for (int i = 0; i < 3; i++) {
            server.enqueue(status(503, ""));
        }
        assertThatThrownBy(() -> client(3).processFulltext(new byte[] {1}, "a.pdf"))
                .isInstanceOf(SourceException.class)
                .hasMessageContaining("a.pdf: Grobid at " + server.url("/") + " is unavailable after 3 attempts: HTTP 503")
                .satisfies(e -> assertThat(((SourceException) e).retryable()).isTrue());
        assertThat(server.getRequestCount()).isEqualTo(3);
    }

    @Test
    void serverErrorCarriesGrobidsMessageAndIsNotRetried() {
        server.enqueue(status(500, "[NO_BLOCKS] PDF parsing resulted in empty content"));
        assertThatThrownBy(() -> client(5).processFulltext(new byte[] {1}, "scan.pdf"))
                .hasMessage("scan.pdf: Grobid could not process the PDF (HTTP 500): "
                        + "[NO_BLOCKS] PDF parsing resulted in empty content")
                .satisfies(e -> assertThat(((SourceException) e).retryable()).isFalse());
        assertThat(server.getRequestCount()).isEqualTo(1);
    }

    @Test
    void longErrorBodiesAreTruncated() {
        server.enqueue(status(400, "x".repeat(5000)));
        assertThatThrownBy(() -> client(5).processFulltext(new byte[] {1}, "a.pdf"))
                .hasMessageEndingWith("x".repeat(300) + "…")
                .satisfies(e -> assertThat(e.getMessage()).hasSizeLessThan(400));
        assertThat(server.getRequestCount()).isEqualTo(1);
    }

    @Test
    void noContentIsAFinalAnswer() {
        server.enqueue(status(204, ""));
        assertThatThrownBy(() -> new GrobidPdfSource(client(5)).read(Fixtures.input("blank.pdf", TestPdfs.imageOnly())))
                .hasMessage("blank.pdf: Grobid found no content to extract (HTTP 204)")
                .satisfies(e -> assertThat(((SourceException) e).retryable()).isFalse());
        assertThat(server.getRequestCount()).isEqualTo(1);
    }

    @Test
    void slowHeadersHitTheReadTimeoutAndStayRetryable() {
        MockResponse slow = new MockResponse.Builder().code(200).headersDelay(10, TimeUnit.SECONDS).body("<TEI/>").build();
        server.enqueue(slow);
        server.enqueue(slow);
        GrobidClient client = new GrobidClient(properties(2, Duration.ofMillis(300), 4));

        // no request count here: on a loaded machine the second request may time out before the server reads it
        assertThatThrownBy(() -> client.processFulltext(new byte[] {1}, "a.pdf"))
                .hasMessageContaining("unavailable after 2 attempts: no complete answer within 300 ms")
                .satisfies(e -> assertThat(((SourceException) e).retryable()).isTrue());
    }

    @Test
    void aTricklingBodyHitsTheReadTimeoutToo() {
        server.enqueue(new MockResponse.Builder().code(200).body("<TEI>" + "x".repeat(4096) + "</TEI>")
                .throttleBody(64, 1, TimeUnit.SECONDS).build());
        GrobidClient client = new GrobidClient(properties(1, Duration.ofMillis(300), 4));

        assertThatThrownBy(() -> client.processFulltext(new byte[] {1}, "a.pdf"))
                .hasMessageContaining("no complete answer within 300 ms")
                .satisfies(e -> assertThat(((SourceException) e).retryable()).isTrue());
    }

    @Test
    void refusedConnectionIsRetriedThenRetryable() throws Exception {
        MockWebServer gone = new MockWebServer();
        gone.start();
        var url = gone.url("/").uri();
        gone.close();
        GrobidClient client = new GrobidClient(new GrobidProperties(url, Duration.ofSeconds(1), Duration.ofSeconds(2), 1,
                new GrobidProperties.RetrySettings(2, Duration.ofMillis(1), Duration.ofMillis(2)), null, null));

        assertThatThrownBy(() -> client.processFulltext(new byte[] {1}, "a.pdf"))
                .hasMessageContaining("unavailable after 2 attempts: ConnectException")
                .satisfies(e -> assertThat(((SourceException) e).retryable()).isTrue());
    }

    @Test
    void neverMoreRequestsInFlightThanConfigured() throws Exception {
        AtomicInteger active = new AtomicInteger();
        AtomicInteger most = new AtomicInteger();
        CountDownLatch twoArrived = new CountDownLatch(2);
        CountDownLatch release = new CountDownLatch(1);
        MockResponse answer = tei();
        server.setDispatcher(new Dispatcher() {
            @Override
            public MockResponse dispatch(RecordedRequest request) throws InterruptedException {
                most.accumulateAndGet(active.incrementAndGet(), Math::max);
                twoArrived.countDown();
                release.await(10, TimeUnit.SECONDS);
                active.decrementAndGet();
                return answer;
            }
        });
        GrobidClient client = new GrobidClient(properties(1, Duration.ofSeconds(20), 2));
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<byte[]>> calls = new ArrayList<>();
            for (int i = 0; i < 4; i++) {
                calls.add(pool.submit(() -> client.processFulltext(new byte[] {1}, "p.pdf")));
            }
            assertThat(twoArrived.await(10, TimeUnit.SECONDS)).isTrue();
            await().atMost(Duration.ofSeconds(10)).until(() -> client.waitingForSlot() == 2);
            assertThat(server.getRequestCount()).isEqualTo(2);
            release.countDown();
            for (Future<byte[]> call : calls) {
                assertThat(call.get(20, TimeUnit.SECONDS)).isNotEmpty();
            }
            assertThat(most.get()).isEqualTo(2);
            assertThat(server.getRequestCount()).isEqualTo(4);
        } finally {
            release.countDown();
            pool.shutdownNow();
        }
    }
}
