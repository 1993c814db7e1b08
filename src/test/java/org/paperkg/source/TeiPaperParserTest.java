package org.paperkg.source;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** Behaviours of the TEI parser on small hand-made documents, one quirk per test. */
class TeiPaperParserTest {

    private static final String NS = "xmlns=\"http://www.tei-c.org/ns/1.0\"";

    private static Paper parse(String xml) throws SourceException {
        return new TeiPaperParser("tei").parse(xml.getBytes(StandardCharsets.UTF_8), "test.tei.xml", "cafe");
    }

    private static String header(String fileDescInner, String profileDescInner) {
        return "<TEI " + NS + "><teiHeader xml:lang=\"de\"><fileDesc>" + fileDescInner + "</fileDesc><profileDesc>"
                + profileDescInner + "</profileDesc></teiHeader><text xml:lang=\"fr\"/></TEI>";
    }

    @Test
    void readByIsWhateverTheCallerSays() throws Exception {
        String xml = header("<titleStmt><title level=\"a\" type=\"main\">T</title></titleStmt>", "");
        Paper p = new TeiPaperParser("grobid").parse(xml.getBytes(StandardCharsets.UTF_8), "x.pdf", "00");
        assertThat(p.readBy()).isEqualTo("grobid");
    }

    @Test
    void keywordsWithoutTermsAreSplitFromTheRawString() throws Exception {
        Paper p = parse(header("<titleStmt><title>T</title></titleStmt>",
                "<textClass><keywords>graph neural networks; attention, drug-target affinity</keywords></textClass>"));
        assertThat(p.keywords()).containsExactly("graph neural networks", "attention", "drug-target affinity");
    }

    @Test
    void languageOfTheAbstractWinsOverTheDocumentLanguage() throws Exception {
        Paper marked = parse(header("<titleStmt><title>T</title></titleStmt>",
                "<abstract xml:lang=\"zh-CN\"><p>摘要</p></abstract>"));
        Paper unmarked = parse(header("<titleStmt><title>T</title></titleStmt>", "<abstract><p>Text</p></abstract>"));
        assertThat(marked.lang()).isEqualTo("zh");
        assertThat(unmarked.lang()).isEqualTo("de");
    }

    @Test
    void authorsSkipRoleNamesAffiliationOnlyEntriesAndRepeats() throws Exception {
        String authors = "<sourceDesc><biblStruct><analytic>"
                + "<author><persName><roleName>Dr</roleName><forename type=\"first\">Ada</forename>"
                + "<surname>Lovelace</surname></persName></author>"
                + "<author><affiliation><orgName>Introduction</orgName></affiliation></author>"
                + "<author><persName><forename>Ada</forename><surname>Lovelace</surname></persName>"
                + "<idno type=\"ORCID\">0000-0002-1825-0097</idno></author>"
                + "<author><persName>ᰔ</persName></author>"
                + "<author><persName>Charles Babbage</persName></author>"
                + "</analytic><monogr/></biblStruct></sourceDesc>";
        Paper p = parse(header("<titleStmt><title>T</title></titleStmt>" + authors, ""));
        assertThat(p.authors()).containsExactly(
                new Author("Ada Lovelace", "0000-0002-1825-0097"), Author.named("Charles Babbage"));
    }

    @Test
    void identifiersAreNormalizedAndTheDoiKeysThePaper() throws Exception {
        String bibl = "<sourceDesc><biblStruct><analytic/><monogr/>"
                + "<idno type=\"doi\">https://doi.org/10.1234/ABC.5</idno>"
                + "<idno type=\"arXiv\">arXiv:2101.00001v3[cs.CL]</idno><idno type=\"PMID\">123</idno>"
                + "</biblStruct></sourceDesc>";
        Paper p = parse(header("<titleStmt><title>T</title></titleStmt>" + bibl, ""));
        assertThat(p.doi()).isEqualTo("10.1234/abc.5");
        assertThat(p.arxiv()).isEqualTo("2101.00001");
        assertThat(p.pmid()).isEqualTo("123");
        assertThat(p.id()).isEqualTo("doi:10.1234/abc.5");
    }

    @Test
    void referenceIdentifiersFallBackToTheRawCitation() throws Exception {
        String xml = "<TEI " + NS + "><teiHeader/><text><back><div><listBibl><biblStruct>"
                + "<analytic><title level=\"a\" type=\"main\">BERT</title></analytic>"
                + "<monogr><title level=\"j\">arXiv preprint</title><imprint><date when=\"2018\"/></imprint></monogr>"
                + "<note type=\"raw_reference\">Devlin et al. 2018. BERT. arXiv preprint arXiv:1810.04805. "
                + "doi:10.18653/V1/N19-1423.</note></biblStruct></listBibl></div></back></text></TEI>";
        Reference r = parse(xml).references().get(0);
        assertThat(r.arxiv()).isEqualTo("1810.04805");
        assertThat(r.doi()).isEqualTo("10.18653/v1/n19-1423");
        assertThat(r.year()).isEqualTo(2018);
    }

    @Test
    void aCitationListIsKeyedByTheInputHash() throws Exception {
        String xml = "<TEI " + NS + "><teiHeader/><text><back><div><listBibl><biblStruct>"
                + "<monogr><title level=\"m\">A book</title></monogr></biblStruct></listBibl></div></back></text></TEI>";
        Paper p = parse(xml);
        assertThat(p.id()).isEqualTo("sha256:cafe");
        assertThat(p.title()).isNull();
        assertThat(p.references()).extracting(Reference::title).containsExactly("A book");
    }

    @Test
    void sentencesDoNotRunTogether() throws Exception {
        Paper p = parse(header("<titleStmt><title>T</title></titleStmt>",
                "<abstract><div><p><s>One.</s><s>Two.</s></p></div></abstract>"));
        assertThat(p.abstractText()).isEqualTo("One. Two.");
    }

    @Test
    void malformedXmlNamesTheFileAndThePosition() {
        assertThatThrownBy(() -> parse("<TEI " + NS + "><teiHeader></TEI>"))
                .isInstanceOf(SourceException.class)
                .hasMessageContaining("test.tei.xml")
                .hasMessageContaining("not well-formed XML at line 1")
                .satisfies(e -> assertThat(((SourceException) e).retryable()).isFalse());
    }

    @Test
    void anotherXmlVocabularyIsRefused() {
        assertThatThrownBy(() -> parse("<article><front/></article>"))
                .isInstanceOf(SourceException.class)
                .hasMessageContaining("not a TEI document: the root element is <article>");
        assertThatThrownBy(() -> parse("<TEI><teiHeader/></TEI>"))
                .hasMessageContaining("expected <TEI> in http://www.tei-c.org/ns/1.0");
    }

    @Test
    void aTeiWithNothingInItIsRefused() {
        assertThatThrownBy(() -> parse("<TEI " + NS + "><teiHeader/><text><body/></text></TEI>"))
                .hasMessageContaining("holds no title, abstract, body text or references");
    }
}
