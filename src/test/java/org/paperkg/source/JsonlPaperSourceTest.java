package org.paperkg.source;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.util.unit.DataSize;

class JsonlPaperSourceTest {

    private final JsonlPaperSource source = new JsonlPaperSource(SourceProperties.defaults());

    @Test
    void readsEveryRecordOfTheGnnCorpus() {
        InputFile file = Fixtures.input(Fixtures.file("fixtures/jsonl/method_lineage_gnn.jsonl"));
        List<SourceItem> items = source.read(file);

        assertThat(items).hasSize(31).allMatch(SourceItem::ok);
        Paper gcn = items.stream().map(SourceItem::paper).filter(p -> p.id().equals("arxiv:1609.02907"))
                .findFirst().orElseThrow();
        assertThat(gcn.title()).isEqualTo("Semi-Supervised Classification with Graph Convolutional Networks");
        assertThat(gcn.authors()).extracting(Author::name).containsExactly("Thomas Kipf", "M. Welling");
        assertThat(gcn.year()).isEqualTo(2016);
        assertThat(gcn.venue()).isEqualTo("ICLR");
        assertThat(gcn.arxiv()).isEqualTo("1609.02907");
        assertThat(gcn.lang()).isEqualTo("en");
        assertThat(gcn.readBy()).isEqualTo("jsonl");
        assertThat(gcn.references()).extracting(Reference::id)
                .containsExactly("arxiv:1312.6203", "arxiv:1606.09375", "arxiv:1509.09292", "arxiv:1511.05493",
                        "arxiv:1607.00653");
        assertThat(items.get(0).locator()).isEqualTo(file.locator() + "#1");
        assertThat(items.get(30).locator()).isEqualTo(file.locator() + "#31");
    }

    @Test
    void keepsExplicitCorpusIdsOfChineseRecords() {
        List<SourceItem> items = source.read(Fixtures.input(Fixtures.file("fixtures/jsonl/csl_zh_sample.jsonl")));

        assertThat(items).hasSize(22).allMatch(SourceItem::ok);
        Paper first = items.get(0).paper();
        assertThat(first.id()).isEqualTo("csl:dev-0199");
        assertThat(first.title()).isEqualTo("基于改进OLS算法的RBF神经网络高速公路事件探测");
        assertThat(first.abstractText()).startsWith("提出了一种基于模糊聚类技术和RBF神经网络");
        assertThat(first.lang()).isEqualTo("zh");
        assertThat(first.authors()).isEmpty();
        assertThat(first.year()).isNull();
    }

    @Test
    void eachBadLineFailsAloneAndNamesItsLineAndProblem() {
        String jsonl = String.join("\n",
                "{\"title\": \"Good one\", \"abstract\": \"We propose X.\"}",
                "",
                "not json at all",
                "[1, 2]",
                "{\"venue\": \"NeurIPS\"}",
                "{\"title\": \"T\", \"year\": \"last year\"}",
                "{\"title\": \"T\", \"authors\": [42]}",
                "{\"title\": \"T\"} trailing",
                "   ",
                "{\"abstract\": \"Only an abstract.\"}\r");
        List<SourceItem> items = source.read(Fixtures.input("mixed.jsonl", jsonl.getBytes(StandardCharsets.UTF_8)));

        assertThat(items).extracting(SourceItem::locator).containsExactly(
                "mixed.jsonl#1", "mixed.jsonl#3", "mixed.jsonl#4", "mixed.jsonl#5", "mixed.jsonl#6",
                "mixed.jsonl#7", "mixed.jsonl#8", "mixed.jsonl#10");
        assertThat(items.get(0).ok()).isTrue();
        assertThat(items.get(1).failure()).startsWith("line 3 is not valid JSON");
        assertThat(items.get(2).failure()).isEqualTo("line 4 is a JSON array, not an object");
        assertThat(items.get(3).failure()).isEqualTo("line 5 has neither a title nor an abstract");
        assertThat(items.get(4).failure()).isEqualTo("line 6: field 'year' must be a four-digit year, not string");
        assertThat(items.get(5).failure())
                .isEqualTo("line 7: field 'authors' must hold strings or {name, orcid} objects, not number");
        assertThat(items.get(6).failure()).startsWith("line 8 is not valid JSON");
        assertThat(items.get(7).ok()).isTrue();
        assertThat(items.get(7).paper().abstractText()).isEqualTo("Only an abstract.");
        assertThat(items.get(7).contentHash()).isEqualTo(PaperIds.sha256("{\"abstract\": \"Only an abstract.\"}"));
    }

    @Test
    void mapsAuthorObjectsReferenceObjectsAndDerivedIds() {
        String line = "{\"id\": \"not an id\", \"title\": \"Graph Attention Networks\", \"abstract\": \"We present GATs.\","
                + " \"authors\": [{\"name\": \"Petar Veličković\", \"orcid\": \"0000-0001-0000-0000\"}, \"Yoshua Bengio\"],"
                + " \"doi\": \"https://doi.org/10.48550/ARXIV.1710.10903\", \"pmid\": 12345, \"keywords\": \"attention; graphs\","
                + " \"references\": [\"arxiv:1609.02907v4\", \"Kipf and Welling 2017\","
                + " {\"title\": \"Neural machine translation\", \"year\": 2015, \"arxiv\": \"arXiv:1409.0473\", \"authors\": [\"D. Bahdanau\"]}]}";
        Paper p = source.read(Fixtures.input("one.jsonl", line.getBytes(StandardCharsets.UTF_8))).get(0).paper();

        assertThat(p.id()).isEqualTo("doi:10.48550/arxiv.1710.10903");
        assertThat(p.authors()).containsExactly(new Author("Petar Veličković", "0000-0001-0000-0000"),
                Author.named("Yoshua Bengio"));
        assertThat(p.pmid()).isEqualTo("12345");
        assertThat(p.keywords()).containsExactly("attention", "graphs");
        assertThat(p.references()).containsExactly(
                Reference.toId("arxiv:1609.02907"),
                new Reference(null, null, null, null, null, List.of(), "Kipf and Welling 2017"),
                new Reference(null, "Neural machine translation", 2015, null, "1409.0473", List.of("D. Bahdanau"), null));
    }

    @Test
    void aLineOverTheCapFailsCleanlyAndTheNextLineStillReads() {
        JsonlPaperSource small = new JsonlPaperSource(new SourceProperties(DataSize.ofBytes(100), 0, null));
        String big = "{\"title\": \"" + "x".repeat(200) + "\"}";
        String jsonl = big + "\n{\"title\": \"small\"}\n";
        List<SourceItem> items = small.read(Fixtures.input("big.jsonl", jsonl.getBytes(StandardCharsets.UTF_8)));

        assertThat(items).hasSize(2);
        assertThat(items.get(0).failure()).isEqualTo(
                "line 1 is 213 bytes long, over the limit of 100 bytes (paperkg.source.jsonl-max-line)");
        assertThat(items.get(1).paper().title()).isEqualTo("small");
    }

    @Test
    void invalidUtf8IsReportedNotGuessed() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        bytes.writeBytes("{\"title\": \"caf".getBytes(StandardCharsets.US_ASCII));
        bytes.write(0xE9);
        bytes.writeBytes("\"}".getBytes(StandardCharsets.US_ASCII));
        List<SourceItem> items = source.read(Fixtures.input("latin1.jsonl", bytes.toByteArray()));
        assertThat(items).singleElement().extracting(SourceItem::failure).isEqualTo("line 1 is not valid UTF-8");
    }
}
