package org.paperkg.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import tools.jackson.databind.JsonNode;

/** Uploads through the API: every format lands in the graph; bad, disguised and oversized uploads are refused. */
class PaperApiTest extends ServiceTestBase {

    private static byte[] bytes(String path) throws IOException {
        Path p = Path.of(path);
        return Files.readAllBytes(Files.exists(p) ? p : org.paperkg.jobs.TestFiles.resource(path));
    }

    /** Uploads and waits until the inbox scan has dealt with it; returns the final status. */
    private JsonNode uploadAndWait(String name, byte[] content) {
        Api.Response accepted = writer().upload(name, content);
        assertThat(accepted.status()).as(accepted.text()).isEqualTo(202);
        assertThat(accepted.headers().getLocation()).hasToString(accepted.json().at("/statusUrl").asString());
        String statusUrl = accepted.json().at("/statusUrl").asString();
        return await().atMost(WAIT).until(() -> api().get(statusUrl).json(), s -> s.at("/state").asString().equals("done"));
    }

    @ParameterizedTest(name = "{0} read as {2}")
    @CsvSource({
        "samples/papers/pdf/acl-N18-3011-literature-graph.pdf, paper.bin, pdf, ingested",
        "samples/papers/tei/maml-header.tei.xml, maml.xml, tei, ingested",
        "samples/papers/jsonl/seed-drug-target.jsonl, seed.txt, jsonl, ingested",
        "fixtures/pubmed/efetch-articles.xml, efetch.xml, pubmed, failed",
        "fixtures/arxiv/query-bert-dgcnn.atom.xml, export.atom, arxiv, ingested"})
    void anUploadOfEachFormatIsIngestedWhateverItsName(String source, String name, String format, String state)
            throws IOException {
        Api.Response accepted = writer().upload(name, bytes(source));
        assertThat(accepted.json().at("/format").asString()).isEqualTo(format);
        long t0 = System.nanoTime();

        JsonNode status = uploadAndWait(name, bytes(source));

        System.out.printf("upload -> %s: %d ms%n", format, (System.nanoTime() - t0) / 1_000_000);
        JsonNode file = status.at("/files/0");
        assertThat(status.at("/queued").asInt()).isZero();
        assertThat(file.at("/state").asString()).isEqualTo(state);
        assertThat(file.at("/paperIds").size()).isPositive();
        String paperId = file.at("/paperIds/0").asString();
        Api.Response paper = api().get("/api/papers/" + paperId);
        assertThat(paper.status()).as(paperId).isEqualTo(200);
        assertThat(paper.json().at("/id").asString()).isEqualTo(paperId);
    }

    @Test
    void aPaperComesWithItsFactsAndTheirProvenance() {
        JsonNode status = uploadAndWait("seed.jsonl", seed());
        String id = status.at("/files/0/paperIds/0").asString();

        JsonNode paper = api().get("/api/papers/" + id).json();

        assertThat(paper.at("/id").asString()).isEqualTo(id);
        assertThat(paper.at("/extractor").asString()).isEqualTo("offline-v1");
        JsonNode facts = paper.at("/facts");
        assertThat(Api.texts(facts, "name")).contains("GAT-DTA", "DrugInteract-v1");
        JsonNode proposes = facts.valueStream().filter(f -> f.at("/type").asString().equals("PROPOSES")).findFirst()
                .orElseThrow();
        assertThat(proposes.at("/extractor").asString()).isEqualTo("offline-v1");
        assertThat(proposes.at("/promptVersion").asString())
                .isEqualTo(org.paperkg.extract.OfflineExtractorV1.shippedInfo().promptVersion());
        assertThat(proposes.at("/evidence").asString()).contains("GAT-DTA");
        assertThat(paper.at("/results").size()).isPositive();
    }

    private static byte[] seed() {
        try {
            return bytes("samples/papers/jsonl/seed-drug-target.jsonl");
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Test
    void aDoiIdWithSlashesWorksAsItIs() throws IOException {
        uploadAndWait("efetch.xml", bytes("fixtures/pubmed/efetch-articles.xml"));

        assertThat(api().get("/api/papers/doi:10.5555/jep.2023.0101").json().at("/pmid").asString()).isEqualTo("90000001");
        Api.Response missing = api().get("/api/papers/doi:10.5555/nothing");
        assertThat(missing.status()).isEqualTo(404);
        assertThat(missing.contentType()).startsWith("application/problem+json");
        assertThat(missing.json().at("/detail").asString()).contains("doi:10.5555/nothing");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "paper.pdf | hello, I am text | not a PDF, TEI, JSON Lines, PubMed XML or arXiv Atom file",
        "paper.pdf | <html><body>%PDF-</body></html> | an XML file with root <html>",
        "paper.tei.xml | iVBORw0KGgo= | not a PDF, TEI",
        "empty.pdf | | empty file"})
    void anUploadIsJudgedByItsContentNotItsName(String name, String content, String reason) {
        byte[] body = content == null ? new byte[0]
                : content.startsWith("iVBOR") ? Base64.getDecoder().decode(content) : content.getBytes(StandardCharsets.UTF_8);

        Api.Response r = writer().upload(name, body);

        assertThat(r.status()).isEqualTo(415);
        assertThat(r.contentType()).startsWith("application/problem+json");
        assertThat(r.json().at("/type").asString()).isEqualTo("urn:paperkg:problem:unsupported-upload");
        assertThat(r.json().at("/detail").asString()).contains(name).contains(reason);
    }

    @Test
    void anOversizedUploadIsRefusedWithItsLimit() {
        byte[] big = new byte[280 * 1024];
        System.arraycopy("%PDF-1.7\n".getBytes(StandardCharsets.US_ASCII), 0, big, 0, 9);

        Api.Response r = writer().upload("big.pdf", big);

        assertThat(r.status()).isEqualTo(413);
        assertThat(r.contentType()).startsWith("application/problem+json");
        assertThat(r.json().at("/type").asString()).isEqualTo("urn:paperkg:problem:upload-too-large");
        assertThat(r.json().at("/detail").asString()).contains("262144 bytes");
    }

    @Test
    void anUploadWithoutAFileIsABadRequest() {
        Api.Response r = writer().postJson("/api/papers", java.util.Map.of("file", "x"));
        assertThat(r.status()).isIn(400, 415);
        assertThat(r.contentType()).startsWith("application/problem+json");
    }
}
