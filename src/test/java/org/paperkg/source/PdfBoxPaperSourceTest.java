package org.paperkg.source;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PdfBoxPaperSourceTest {

    private final PdfBoxPaperSource source = new PdfBoxPaperSource(SourceProperties.defaults());

    private static Paper grobid(String teiName) throws Exception {
        return new TeiPaperSource().read(Fixtures.input(Fixtures.file("fixtures/grobid/tei/" + teiName))).get(0).paper();
    }

    private Paper pdf(String name) throws Exception {
        return source.parse(Fixtures.input(Fixtures.file("fixtures/grobid/pdf/" + name)));
    }

    @Test
    void specterTitleAndAbstractMatchWhatGrobidFound() throws Exception {
        Paper p = pdf("acl-2020-specter.pdf");
        Paper g = grobid("grobid-0.6.1_fulltext_acl-2020-specter.tei.xml");

        assertThat(p.readBy()).isEqualTo("pdfbox");
        assertThat(p.title()).isEqualTo(g.title());
        assertThat(p.abstractText()).startsWith("Representation learning is a critical ingredient for natural")
                .endsWith("competitive baselines on the benchmark.1");
        assertThat(PaperIds.normalizeText(p.abstractText()).replace(" ", ""))
                .isEqualTo(PaperIds.normalizeText(g.abstractText()).replace(" ", ""));
        assertThat(p.doi()).as("the ACL PDF prints no DOI, so none may be invented").isNull();
        assertThat(p.year()).isEqualTo(2020);
        assertThat(p.authors()).extracting(Author::name).startsWith("Arman Cohan", "Sergey Feldman");
        assertThat(p.sections()).extracting(Section::heading)
                .containsSubsequence("1 Introduction", "2 Model", "7 Related Work", "8 Conclusions and Future Work");
        assertThat(p.id()).isEqualTo(PaperIds.paperId(null, null, null, p.title(), p.abstractText()));
    }

    @Test
    void literatureGraphTitleAbstractAndYear() throws Exception {
        Paper p = pdf("acl-N18-3011-literature-graph.pdf");

        assertThat(p.title()).isEqualTo("Construction of the Literature Graph in Semantic Scholar");
        assertThat(p.abstractText()).startsWith("We describe a deployed scalable system for organizing published")
                .endsWith("used to enable semantic features in www.semanticscholar.org.");
        assertThat(p.doi()).isNull();
        assertThat(p.year()).isEqualTo(2018);
        assertThat(p.sections()).first().extracting(Section::heading).isEqualTo("1 Introduction");
    }

    @Test
    void journalArticleGivesDoiKeywordsAndStructuredAbstract() throws Exception {
        Paper p = pdf("jner2016-multicontact-fes.pdf");
        Paper g = grobid("grobid-0.6.1_fulltext-coords_jner2016-multicontact-fes.tei.xml");

        assertThat(p.title()).isEqualTo(g.title());
        assertThat(p.doi()).isEqualTo("10.1186/s12984-016-0129-6");
        assertThat(p.id()).isEqualTo("doi:10.1186/s12984-016-0129-6");
        assertThat(p.year()).isEqualTo(2016);
        assertThat(p.keywords()).isEqualTo(g.keywords());
        assertThat(p.abstractText()).startsWith("Background: Functional Electrical Stimulation (FES) is increasingly")
                .contains("Methods: A multi-contact set-up").doesNotContain("Keywords");
        assertThat(p.sections()).extracting(Section::heading)
                .containsExactly("Background", "Methods", "Results", "Discussion", "Conclusions");
    }

    @Test
    void generatedPaperExercisesEveryHeuristic() throws Exception {
        Paper p = source.parse(Fixtures.input("gen.pdf", TestPdfs.paper()));

        assertThat(p.title()).isEqualTo("Graph Attention for Drug-Target Affinity Prediction");
        assertThat(p.abstractText()).isEqualTo("We propose GAT-DTA, a graph attention model for drug-target "
                + "affinity. It improves AUROC by 5.7% on three public benchmarks and state-of-the-art baselines.");
        assertThat(p.keywords()).containsExactly("graph attention", "drug discovery", "affinity");
        assertThat(p.doi()).isEqualTo("10.5555/test.123");
        assertThat(p.arxiv()).isEqualTo("2101.00001");
        assertThat(p.year()).isEqualTo(2021);
        assertThat(p.sections()).extracting(Section::heading).containsExactly("1 Introduction", "2 Method");
        assertThat(p.sections().get(1).text()).isEqualTo("We stack attention layers.")
                .as("the bibliography is not body text");
    }

    @Test
    void readsNoMoreThanTheConfiguredPages() throws Exception {
        byte[] twoPages = TestPdfs.pages(
                new TestPdfs.Line[] {TestPdfs.Line.of("First page text about graph networks and more.")},
                new TestPdfs.Line[] {TestPdfs.Line.of("Second page mentions zebras.")});
        PdfBoxPaperSource onePage = new PdfBoxPaperSource(new SourceProperties(null, 1, null));

        Paper p = onePage.parse(Fixtures.input("two.pdf", twoPages));
        String all = p.title() + p.sections().stream().map(Section::text).reduce("", String::concat);
        assertThat(all).contains("graph networks").doesNotContain("zebras");
    }

    @Test
    void passwordProtectedPdfFailsClearly() {
        assertThatThrownBy(() -> source.parse(Fixtures.input("locked.pdf", TestPdfs.encrypted("user-secret"))))
                .isInstanceOf(SourceException.class)
                .hasMessage("locked.pdf: the PDF is encrypted and needs a password to open");
    }

    @Test
    void encryptionWithoutAUserPasswordStillReads() throws Exception {
        Paper p = source.parse(Fixtures.input("restricted.pdf", TestPdfs.encrypted("")));
        assertThat(p.title()).isEqualTo("Graph Attention for Drug-Target Affinity Prediction");
    }

    @Test
    void imageOnlyPdfAsksForOcr() {
        assertThatThrownBy(() -> source.parse(Fixtures.input("scan.pdf", TestPdfs.imageOnly())))
                .hasMessageContaining("scan.pdf: the PDF has no extractable text (1 page(s) read; scanned or image-only?");
    }

    @Test
    void emptyAndNonPdfBytesAreRefused() {
        assertThatThrownBy(() -> source.parse(Fixtures.input("empty.pdf", new byte[0])))
                .hasMessage("empty.pdf: empty file");
        byte[] text = "Just some notes, saved with the wrong name.\n".getBytes(StandardCharsets.UTF_8);
        assertThatThrownBy(() -> source.parse(Fixtures.input("notes.pdf", text)))
                .hasMessage("notes.pdf: not a PDF (no %PDF- header; starts with Just some notes, saved w…)");
    }

    @ParameterizedTest
    @ValueSource(ints = {10, 2_000, 80_000, 174_000})
    void truncatedPdfIsRefusedNotHalfRead(int keep) throws Exception {
        byte[] whole = Files.readAllBytes(Fixtures.file("fixtures/grobid/pdf/acl-N18-3011-literature-graph.pdf"));
        InputFile cut = Fixtures.input("cut.pdf", Arrays.copyOf(whole, keep));
        assertThatThrownBy(() -> source.parse(cut))
                .isInstanceOf(SourceException.class)
                .hasMessage("cut.pdf: the PDF is truncated (no %%EOF marker at its end)")
                .satisfies(e -> assertThat(((SourceException) e).retryable()).isFalse());
    }

    @Test
    void damagedBodyWithAnEofMarkerFailsWithTheParserReason() {
        byte[] junk = "%PDF-1.7\n1 0 obj << /Type /Catalog >> garbage\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);
        assertThatThrownBy(() -> source.parse(Fixtures.input("junk.pdf", junk)))
                .isInstanceOf(SourceException.class)
                .hasMessageStartingWith("junk.pdf: the PDF cannot be read (damaged or truncated?)");
    }

    @Test
    void readReturnsOneItemKeyedByTheFile() throws Exception {
        InputFile file = Fixtures.input("gen.pdf", TestPdfs.paper());
        assertThat(source.read(file)).singleElement().satisfies(item -> {
            assertThat(item.locator()).isEqualTo("gen.pdf");
            assertThat(item.contentHash()).isEqualTo(file.contentHash());
        });
    }
}
