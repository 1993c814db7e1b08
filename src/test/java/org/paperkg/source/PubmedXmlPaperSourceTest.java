package org.paperkg.source;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class PubmedXmlPaperSourceTest {

    private final PubmedXmlPaperSource source = new PubmedXmlPaperSource();
    private final InputFile fixture = Fixtures.input(Fixtures.file("fixtures/pubmed/efetch-articles.xml"));

    @Test
    void oneItemPerArticleEachWithItsOwnOutcome() throws Exception {
        List<SourceItem> items = source.read(fixture);

        assertThat(items).extracting(SourceItem::locator).containsExactly(
                fixture.locator() + "#1", fixture.locator() + "#2", fixture.locator() + "#3", fixture.locator() + "#4");
        assertThat(items).extracting(SourceItem::ok).containsExactly(true, true, false, false);
        assertThat(items.get(2).failure()).isEqualTo("article 3 (PMID 90000004) has neither a title nor an abstract");
        assertThat(items.get(3).failure()).isEqualTo("article 4 is a book record (PubmedBookArticle), which is not supported");
        assertThat(items).extracting(SourceItem::contentHash).doesNotHaveDuplicates().allMatch(h -> h.length() == 64);
    }

    @Test
    void readsAStructuredJournalArticle() throws Exception {
        Paper p = source.read(fixture).get(0).paper();

        assertThat(p.id()).isEqualTo("doi:10.5555/jep.2023.0101");
        assertThat(p.pmid()).isEqualTo("90000001");
        assertThat(p.title()).isEqualTo("Graph attention networks predict drug-target affinity in low-data regimes");
        assertThat(p.abstractText()).isEqualTo(String.join("\n",
                "BACKGROUND: Predicting drug-target affinity (DTA) from few labelled pairs remains hard.",
                "METHODS: We combine a graph attention network over molecular graphs with a protein sequence encoder "
                        + "(GAT-DTA) and evaluate it on the Davis and KIBA benchmarks.",
                "RESULTS: GAT-DTA improved the concordance index by 0.021 over DeepDTA on Davis."));
        assertThat(p.authors()).containsExactly(new Author("Ada M Lovelace", "0000-0002-1825-0097"),
                Author.named("C Babbage"), Author.named("Example DTA Consortium"));
        assertThat(p.year()).isEqualTo(2023);
        assertThat(p.venue()).isEqualTo("Journal of Example Pharmacology");
        assertThat(p.lang()).isEqualTo("en");
        assertThat(p.keywords()).containsExactly("drug-target affinity", "graph attention network");
        assertThat(p.readBy()).isEqualTo("pubmed");
        assertThat(p.references()).containsExactly(
                new Reference("pmid:90000002", null, 2018, "10.5555/jep.2018.0034", null, List.of(),
                        "Example A, Sample B. DeepDTA-like baselines for affinity. J Example Pharmacol. 2018;5(2):34-45. "
                                + "doi: 10.5555/jep.2018.0034."),
                new Reference(null, null, 2018, null, null, List.of(), "Veličković P, et al. Graph attention networks. ICLR 2018."));
    }

    @Test
    void aChineseArticleWithoutAbstractKeepsItsLanguageAndMedlineDate() throws Exception {
        Paper p = source.read(fixture).get(1).paper();

        assertThat(p.id()).isEqualTo("pmid:90000003");
        assertThat(p.title()).isEqualTo("[Neural network models for predicting adverse drug reactions]");
        assertThat(p.abstractText()).isEmpty();
        assertThat(p.lang()).isEqualTo("zh");
        assertThat(p.year()).isEqualTo(1998);
        assertThat(p.authors()).containsExactly(Author.named("San Zhang"));
    }

    @Test
    void aDoctypeWithAnInternalSubsetIsRefused() {
        String evil = "<?xml version=\"1.0\"?><!DOCTYPE PubmedArticleSet [<!ENTITY x SYSTEM \"file:///etc/hostname\">]>"
                + "<PubmedArticleSet><PubmedArticle/></PubmedArticleSet>";
        assertThatThrownBy(() -> source.read(Fixtures.input("evil.xml", evil.getBytes(StandardCharsets.UTF_8))))
                .hasMessage("evil.xml: XML with a DOCTYPE internal subset is refused (entities are not allowed here)");
    }

    @Test
    void theRouterSendsPubmedXmlHere() {
        PaperSources sources = PaperSources.standard(SourceProperties.defaults(), GrobidProperties.off());
        assertThat(sources.formatOf(fixture)).isEqualTo("pubmed");
        assertThat(sources.read(fixture)).hasSize(4);
    }
}
