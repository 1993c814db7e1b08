package org.paperkg.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.paperkg.pipeline.ScriptedPeer.cutBody;
import static org.paperkg.pipeline.ScriptedPeer.late;
import static org.paperkg.pipeline.ScriptedPeer.ok;
import static org.paperkg.pipeline.ScriptedPeer.reset;
import static org.paperkg.pipeline.ScriptedPeer.status;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.paperkg.extract.RuleExtractor;
import org.paperkg.graph.GraphFingerprint;
import org.paperkg.graph.Outcome;
import org.paperkg.graph.TestNeo4j;
import org.paperkg.source.GrobidProperties;
import org.paperkg.source.PaperSources;
import org.paperkg.source.SourceProperties;
import org.paperkg.source.TestPdfs;

/**
 * Grobid misbehaves in the middle of a batch of PDFs: a 503 storm, a connection reset before the answer
 * and one in the middle of the TEI, an answer later than the read timeout, gateway errors, 429, and a
 * file whose every attempt meets a 503. The client retries what retrying can fix; the file that ran out
 * of attempts waits as pending, and the next run takes it: the graph then equals a fault-free run's.
 */
class GrobidFaultTest {

    private static final String TEI = "src/test/resources/fixtures/grobid/tei/";
    /** Grobid's answer for paper-i.pdf: a real Grobid TEI with an abstract. */
    private static final List<String> ANSWERS = List.of("grobid-0.5.5_fulltext_aem2011-crenarchaeota.tei.xml",
            "grobid-0.5.6_fulltext_pmc-acta-paediatr-2011_structured-abstract.tei.xml",
            "grobid-0.6.1_fulltext-coords_cmj2017-small-fiber-neuropathy.tei.xml",
            "grobid-0.6.1_fulltext-coords_jner2016-multicontact-fes.tei.xml",
            "grobid-0.6.1_fulltext_acl-2020-specter.tei.xml", "grobid-0.6.1_fulltext_acl-N18-3011-literature-graph.tei.xml",
            "grobid-0.7.0_header_arxiv-1703.03400-maml.tei.xml",
            "grobid-0.7.2_fulltext-sentences-coords_arxiv-1912.10667.tei.xml");
    private static final Pattern FILE_NAME = Pattern.compile("filename=\"paper-(\\d+)\\.pdf\"");

    @TempDir
    Path dir;
    private MockWebServer grobid;

    @BeforeEach
    void setUp() throws IOException {
        TestNeo4j.clean();
        grobid = new MockWebServer();
        grobid.start();
        for (int i = 0; i < ANSWERS.size(); i++) {
            Files.write(dir.resolve("paper-" + i + ".pdf"), TestPdfs.pages(new TestPdfs.Line[] {TestPdfs.Line.of("paper " + i)}));
        }
    }

    @AfterEach
    void tearDown() {
        grobid.close();
    }

    @Test
    void faultsMidBatchAreRetriedOrLeftPendingAndTheRerunEqualsAFaultFreeRun() {
        grobid.setDispatcher(new ScriptedPeer(GrobidFaultTest::tei, List.of()));
        GraphFingerprint faultFree = faultFreeRun();
        TestNeo4j.clean();
        String busy = "[GENERAL] An exception occurred: too many requests, engine pool exhausted";
        ScriptedPeer faulty = new ScriptedPeer(GrobidFaultTest::tei, List.of(
                status(503, busy), status(503, busy), ok(),             // paper-0: a storm it outlasts
                reset(), ok(),                                          // paper-1: reset before the answer
                late(Duration.ofSeconds(3), ok()), ok(),                // paper-2: later than the read timeout
                status(503, busy), status(503, busy), status(503, busy), status(503, busy), // paper-3: every attempt
                cutBody(ok()), ok(),                                    // paper-4: reset in the middle of the TEI
                status(502, "Bad Gateway"), status(504, "Gateway Timeout"), ok(), // paper-5: a proxy in front
                ok(),                                                   // paper-6
                status(429, "slow down"), ok()));                       // paper-7
        grobid.setDispatcher(faulty);

        try (IngestPipeline pipeline = pipeline()) {
            IngestReport first = pipeline.ingest(List.of(dir), IngestListener.NONE);
            assertThat(first.count(Outcome.INGESTED)).isEqualTo(ANSWERS.size() - 1);
            assertThat(first.problems()).singleElement().satisfies(e -> {
                assertThat(e.outcome()).isEqualTo(Outcome.PENDING);
                assertThat(e.reason()).contains("paper-3.pdf", "unavailable after 4 attempts", "HTTP 503");
            });
            assertThat(faulty.requests()).isEqualTo(19);

            IngestReport rerun = pipeline.ingest(List.of(dir), IngestListener.NONE);
            assertThat(rerun.count(Outcome.INGESTED)).isOne();
            assertThat(rerun.count(Outcome.SKIPPED)).isEqualTo(ANSWERS.size() - 1);
            assertThat(faulty.requests()).as("only the pending file went to Grobid again").isEqualTo(20);
        }
        assertThat(GraphFingerprint.of(TestNeo4j.driver()).differencesFrom(faultFree)).isEmpty();
    }

    private GraphFingerprint faultFreeRun() {
        try (IngestPipeline pipeline = pipeline()) {
            assertThat(pipeline.ingest(List.of(dir), IngestListener.NONE).allOk()).isTrue();
        }
        return GraphFingerprint.of(TestNeo4j.driver());
    }

    private IngestPipeline pipeline() {
        GrobidProperties props = new GrobidProperties(grobid.url("/").uri(), Duration.ofSeconds(2), Duration.ofSeconds(1),
                1, new GrobidProperties.RetrySettings(4, Duration.ofMillis(1), Duration.ofMillis(4)), null, null);
        return PipelineFixture.pipeline(TestNeo4j.driver(), PaperSources.standard(SourceProperties.defaults(), props),
                new ExtractorChoice(new RuleExtractor(), null, 2), PipelineProperties.defaults());
    }

    /** Grobid's TEI for the PDF named in the request. */
    private static MockResponse tei(RecordedRequest request) {
        Matcher m = FILE_NAME.matcher(request.getBody().string(StandardCharsets.ISO_8859_1));
        if (!m.find()) {
            return new MockResponse.Builder().code(400).body("no input").build();
        }
        try {
            return new MockResponse.Builder().code(200).setHeader("Content-Type", "application/xml")
                    .body(Files.readString(Path.of(TEI, ANSWERS.get(Integer.parseInt(m.group(1)))))).build();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
