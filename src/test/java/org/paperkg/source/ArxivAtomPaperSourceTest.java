package org.paperkg.source;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class ArxivAtomPaperSourceTest {

    private final ArxivAtomPaperSource source = new ArxivAtomPaperSource();
    private final InputFile fixture = Fixtures.input(Fixtures.file("fixtures/arxiv/query-bert-dgcnn.atom.xml"));

    @Test
    void oneItemPerEntryWithUnwrappedText() throws Exception {
        List<SourceItem> items = source.read(fixture);

        assertThat(items).hasSize(2).allMatch(SourceItem::ok);
        Paper bert = items.get(0).paper();
        assertThat(items.get(0).locator()).isEqualTo(fixture.locator() + "#1");
        assertThat(bert.id()).isEqualTo("arxiv:1810.04805");
        assertThat(bert.arxiv()).isEqualTo("1810.04805");
        assertThat(bert.title()).isEqualTo("BERT: Pre-training of Deep Bidirectional Transformers for Language Understanding");
        assertThat(bert.abstractText()).startsWith("We introduce a new language representation model called BERT, which stands for")
                .contains("architecture modifications. BERT is conceptually simple")
                .endsWith("(5.1 point absolute improvement).")
                .doesNotContain("\n");
        assertThat(bert.authors()).extracting(Author::name)
                .containsExactly("Jacob Devlin", "Ming-Wei Chang", "Kenton Lee", "Kristina Toutanova");
        assertThat(bert.year()).isEqualTo(2018);
        assertThat(bert.doi()).isNull();
        assertThat(bert.readBy()).isEqualTo("arxiv");
    }

    @Test
    void aJournalDoiKeysThePaperAndTheJournalReferenceIsTheVenue() throws Exception {
        Paper dgcnn = source.read(fixture).get(1).paper();

        assertThat(dgcnn.doi()).isEqualTo("10.1145/3326362");
        assertThat(dgcnn.id()).isEqualTo("doi:10.1145/3326362");
        assertThat(dgcnn.arxiv()).isEqualTo("1801.07829");
        assertThat(dgcnn.venue()).isEqualTo("ACM Transactions on Graphics 38(5), 2019");
        assertThat(dgcnn.authors()).hasSize(6);
    }

    @Test
    void anApiErrorEntryIsAFailedItemNotAPaperTitledError() throws Exception {
        String feed = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<feed xmlns=\"http://www.w3.org/2005/Atom\">\n"
                + "  <link href=\"http://arxiv.org/api/query?search_query%3D%26id_list%3D1234.bad\" rel=\"self\"/>\n"
                + "  <id>http://arxiv.org/api/errors</id>\n"
                + "  <entry>\n    <id>http://arxiv.org/api/errors#incorrect_id_format_for_1234.bad</id>\n"
                + "    <title>Error</title>\n    <summary>incorrect id format for 1234.bad</summary>\n"
                + "    <author><name>arXiv api core</name></author>\n  </entry>\n</feed>\n";
        InputFile file = Fixtures.input("error.atom", feed.getBytes(StandardCharsets.UTF_8));

        assertThat(ContentSniffer.kind(file.bytes())).isEqualTo(InputKind.ARXIV_ATOM);
        assertThat(source.read(file)).singleElement().satisfies(i -> {
            assertThat(i.ok()).isFalse();
            assertThat(i.failure()).isEqualTo("entry 1 is an arXiv API error: incorrect id format for 1234.bad");
        });
    }

    @Test
    void theRouterSendsArxivFeedsHere() {
        PaperSources sources = PaperSources.standard(SourceProperties.defaults(), GrobidProperties.off());
        assertThat(sources.formatOf(fixture)).isEqualTo("arxiv");
        assertThat(sources.read(fixture)).hasSize(2).allMatch(SourceItem::ok);
    }
}
