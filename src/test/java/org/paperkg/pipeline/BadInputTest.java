package org.paperkg.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.paperkg.graph.LedgerEntry;
import org.paperkg.graph.Outcome;
import org.paperkg.graph.TestNeo4j;

/** Bad inputs fail on their own, with reasons, and the rest of the batch lands. */
class BadInputTest {

    private static final Path TEI = Path.of("src/test/resources/fixtures/grobid/tei");
    private static final String GOOD_LINE = """
            {"doi":"10.1234/good","title":"Graph attention for molecules","abstract":"We propose MolGAT, a graph attention network for molecular property prediction. MolGAT improves ROC-AUC by 2.1% on Tox21.","year":2021}""";

    @TempDir
    Path dir;
    private IngestPipeline pipeline;

    @BeforeEach
    void setUp() {
        TestNeo4j.clean();
        pipeline = PipelineFixture.pipeline();
    }

    @AfterEach
    void tearDown() {
        pipeline.close();
    }

    @Test
    void eachBadInputGetsItsReasonAndTheRestCompletes() throws IOException {
        Files.write(dir.resolve("empty.pdf"), new byte[0]);
        Files.writeString(dir.resolve("notes.pdf"), "just some notes, not a PDF\n");
        Files.copy(TEI.resolve("grobid-0.7.0_header_arxiv-1703.03400-maml_EDITED-no-abstract.tei.xml"),
                dir.resolve("no-abstract.tei.xml"));
        Files.copy(TEI.resolve("grobid-0.6.1_fulltext_acl-2020-specter.tei.xml"), dir.resolve("specter.tei.xml"));
        Files.writeString(dir.resolve("records.jsonl"), GOOD_LINE + "\n{this is not json\n", StandardCharsets.UTF_8);

        IngestReport report = pipeline.ingest(List.of(dir), IngestListener.NONE);

        assertThat(report.allOk()).isFalse();
        assertThat(report.count(Outcome.INGESTED)).isEqualTo(2);
        assertThat(report.count(Outcome.FAILED)).isEqualTo(4);
        assertThat(reasons(report)).hasSize(4).anySatisfy(r -> assertThat(r).contains("empty.pdf", "empty file"))
                .anySatisfy(r -> assertThat(r).contains("notes.pdf", "not a PDF"))
                .anySatisfy(r -> assertThat(r).contains("no-abstract.tei.xml", "no abstract"))
                .anySatisfy(r -> assertThat(r).contains("records.jsonl#2", "line 2"));
        assertThat(TestNeo4j.number("MATCH (p:Paper) WHERE NOT p.stub RETURN count(p)", Map.of())).isEqualTo(2);
        assertThat(TestNeo4j.number("MATCH (r:IngestRecord {outcome: 'FAILED'}) RETURN count(r)", Map.of()))
                .as("the four failures and the JSON Lines file they belong to").isEqualTo(5);
    }

    @Test
    void aChangedRecordIsReingestedInPlaceAndTheRestSkipped() throws IOException {
        Path file = dir.resolve("records.jsonl");
        String second = GOOD_LINE.replace("10.1234/good", "10.1234/other").replace("MolGAT", "ChemGAT");
        Files.writeString(file, GOOD_LINE + "\n" + second + "\n");
        pipeline.ingest(List.of(dir), IngestListener.NONE);

        Files.writeString(file, GOOD_LINE + "\n" + second.replace("2.1%", "3.4%") + "\n");
        IngestReport report = pipeline.ingest(List.of(dir), IngestListener.NONE);

        assertThat(report.count(Outcome.SKIPPED)).isEqualTo(1);
        assertThat(report.count(Outcome.INGESTED)).isEqualTo(1);
        assertThat(TestNeo4j.text("MATCH (p:Paper {id:'doi:10.1234/other'}) RETURN p.abstract", Map.of())).contains("3.4%");
    }

    @Test
    void aFileOverTheSizeLimitFailsUnread() throws IOException {
        Files.write(dir.resolve("big.pdf"), new byte[2048]);
        PipelineProperties tiny = new PipelineProperties(org.springframework.util.unit.DataSize.ofKilobytes(1), 1, 10, false, false);
        try (IngestPipeline small = PipelineFixture.pipeline(tiny)) {
            IngestReport report = small.ingest(List.of(dir), IngestListener.NONE);
            assertThat(reasons(report)).singleElement().asString().contains("big.pdf", "larger than the limit");
        }
    }

    private static List<String> reasons(IngestReport report) {
        return report.problems().stream().map(LedgerEntry::reason).toList();
    }
}
