package org.paperkg.source;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The router: content decides the reader, and bad input comes back as a failed item, never as an exception. */
class PaperSourcesTest {

    private final PaperSources sources = PaperSources.standard(SourceProperties.defaults(), GrobidProperties.off());

    @Test
    void routesByContentNotByName() throws Exception {
        InputFile teiNamedPdf = Fixtures.input("paper.pdf",
                java.nio.file.Files.readAllBytes(Fixtures.file("fixtures/grobid/tei/grobid-0.7.0_header_arxiv-1703.03400-maml.tei.xml")));
        InputFile pdfNamedTxt = Fixtures.input("paper.txt", TestPdfs.paper());
        InputFile jsonlNamedXml = Fixtures.input("papers.xml", "{\"title\": \"A\"}\n{\"title\": \"B\"}\n".getBytes(StandardCharsets.UTF_8));

        assertThat(sources.read(teiNamedPdf)).singleElement()
                .satisfies(i -> assertThat(i.paper().readBy()).isEqualTo("tei"));
        assertThat(sources.read(pdfNamedTxt)).singleElement()
                .satisfies(i -> assertThat(i.paper().readBy()).isEqualTo("pdfbox"));
        assertThat(sources.read(jsonlNamedXml)).hasSize(2).allSatisfy(i -> assertThat(i.paper().readBy()).isEqualTo("jsonl"));
        assertThat(sources.formatOf(teiNamedPdf)).isEqualTo("tei");
        assertThat(sources.formatOf(pdfNamedTxt)).isEqualTo("pdf");
        assertThat(sources.formatOf(jsonlNamedXml)).isEqualTo("jsonl");
    }

    @Test
    void unknownContentFailsWithWhatItStartsWith() {
        InputFile zip = Fixtures.input("paper.pdf", new byte[] {'P', 'K', 3, 4, 20, 0, 8, 0});
        assertThat(sources.read(zip)).singleElement().satisfies(i -> {
            assertThat(i.ok()).isFalse();
            assertThat(i.retryable()).isFalse();
            assertThat(i.failure()).isEqualTo("paper.pdf: not a PDF, TEI, JSON Lines, PubMed XML or arXiv Atom file (starts with PK\\x03\\x04\\x14\\x00\\x08\\x00)");
            assertThat(i.locator()).isEqualTo("paper.pdf");
        });
    }

    @Test
    void emptyAndBlankFilesFailAsEmpty() {
        assertThat(sources.read(Fixtures.input("a.jsonl", new byte[0]))).singleElement()
                .extracting(SourceItem::failure).isEqualTo("a.jsonl: empty file");
        assertThat(sources.read(Fixtures.input("b.tei.xml", " \n\n ".getBytes(StandardCharsets.UTF_8)))).singleElement()
                .extracting(SourceItem::failure).isEqualTo("b.tei.xml: empty file");
    }

    @Test
    void foreignXmlNamesItsRoot() {
        InputFile jats = Fixtures.input("article.xml", "<?xml version=\"1.0\"?><article/>".getBytes(StandardCharsets.UTF_8));
        assertThat(sources.read(jats)).singleElement().extracting(SourceItem::failure)
                .isEqualTo("article.xml: an XML file with root <article>, not TEI, PubMed XML or an arXiv Atom feed");
    }

    @Test
    void readerFailuresBecomeFailedItems() {
        InputFile xxe = Fixtures.input("evil.xml", ("<!DOCTYPE TEI [<!ENTITY x SYSTEM \"file:///etc/hostname\">]>"
                + "<TEI xmlns=\"http://www.tei-c.org/ns/1.0\"><teiHeader/></TEI>").getBytes(StandardCharsets.UTF_8));
        InputFile locked = Fixtures.input("locked.pdf", TestPdfs.encrypted("pw"));

        assertThat(sources.read(xxe)).singleElement().extracting(SourceItem::failure).asString()
                .contains("DOCTYPE declaration is refused");
        assertThat(sources.read(locked)).singleElement().extracting(SourceItem::failure)
                .isEqualTo("locked.pdf: the PDF is encrypted and needs a password to open");
    }

    @Test
    void anUnavailablePeerGivesARetryableItem() {
        PaperSource down = new PaperSource() {
            @Override
            public String format() {
                return "pdf";
            }

            @Override
            public boolean accepts(InputFile file) {
                return true;
            }

            @Override
            public List<SourceItem> read(InputFile file) throws SourceException {
                throw new SourceException("Grobid is unavailable", true);
            }
        };
        PaperSources withDownPeer = new PaperSources(List.of(down, new TeiPaperSource()));

        assertThat(withDownPeer.read(Fixtures.input("p.pdf", TestPdfs.paper()))).singleElement().satisfies(i -> {
            assertThat(i.retryable()).isTrue();
            assertThat(i.failure()).isEqualTo("Grobid is unavailable");
        });
    }

    @Test
    void aReaderThatCrashesStillYieldsAnItem() {
        PaperSource broken = new PaperSource() {
            @Override
            public String format() {
                return "jsonl";
            }

            @Override
            public boolean accepts(InputFile file) {
                return true;
            }

            @Override
            public List<SourceItem> read(InputFile file) {
                throw new IllegalStateException("bug");
            }
        };
        List<SourceItem> items = new PaperSources(List.of(broken)).read(Fixtures.input("x.jsonl", "{}".getBytes(StandardCharsets.UTF_8)));
        assertThat(items).singleElement().extracting(SourceItem::failure).asString()
                .startsWith("x.jsonl: unexpected error while reading: java.lang.IllegalStateException: bug");
    }

    @Test
    void aFormatWithoutItsReaderIsReported() {
        PaperSources teiOnly = new PaperSources(List.of(new TeiPaperSource()));
        assertThat(teiOnly.read(Fixtures.input("p.pdf", TestPdfs.paper()))).singleElement()
                .extracting(SourceItem::failure).isEqualTo("p.pdf: looks like pdf, but no reader for it is configured");
    }
}
