package org.paperkg.source;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import java.nio.charset.StandardCharsets;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class ContentSnifferTest {

    private static InputKind kind(String s) {
        return ContentSniffer.kind(s.getBytes(StandardCharsets.UTF_8));
    }

    static Stream<Arguments> samples() {
        return Stream.of(
                arguments("%PDF-1.7 ...", InputKind.PDF),
                arguments("{\"title\": \"x\"}", InputKind.JSON_LINES),
                arguments("  \n\n  {\"title\": \"x\"}", InputKind.JSON_LINES),
                arguments("<?xml version=\"1.0\"?>\n<!-- made by Grobid -->\n<TEI xmlns=\"http://www.tei-c.org/ns/1.0\"/>",
                        InputKind.TEI),
                arguments("<tei:TEI xmlns:tei=\"http://www.tei-c.org/ns/1.0\"/>", InputKind.TEI),
                arguments("<!DOCTYPE TEI [<!ENTITY a \"b\">]><TEI/>", InputKind.TEI),
                arguments("<?xml version=\"1.0\"?><!DOCTYPE PubmedArticleSet PUBLIC \"-//NLM//DTD\" \"x.dtd\">"
                        + "<PubmedArticleSet/>", InputKind.PUBMED_XML),
                arguments("<feed xmlns=\"http://www.w3.org/2005/Atom\"><link href=\"http://arxiv.org/api/query\"/></feed>",
                        InputKind.ARXIV_ATOM),
                arguments("<feed xmlns=\"http://www.w3.org/2005/Atom\"><title>My blog</title></feed>", InputKind.OTHER_XML),
                arguments("<article><front/></article>", InputKind.OTHER_XML),
                arguments("[{\"title\": \"x\"}]", InputKind.UNKNOWN),
                arguments("Title,Abstract\n", InputKind.UNKNOWN),
                arguments("   \n\t ", InputKind.EMPTY));
    }

    @ParameterizedTest(name = "{1} <- {0}")
    @MethodSource("samples")
    void sniffsByContent(String content, InputKind expected) {
        assertThat(kind(content)).isEqualTo(expected);
    }

    @Test
    void nothingAtAllIsEmpty() {
        assertThat(ContentSniffer.kind(new byte[0])).isEqualTo(InputKind.EMPTY);
    }

    @Test
    void pdfHeaderAfterLeadingJunkStillCounts() {
        byte[] bytes = new byte[] {0x00, 0x01, '%', 'P', 'D', 'F', '-', '1', '.', '4'};
        assertThat(ContentSniffer.kind(bytes)).isEqualTo(InputKind.PDF);
    }

    @Test
    void aJsonRecordMentioningPdfMagicIsStillJsonLines() {
        assertThat(kind("{\"note\": \"starts with %PDF-1.4\"}")).isEqualTo(InputKind.JSON_LINES);
    }

    @Test
    void utf8BomAndUtf16XmlAreRecognized() {
        byte[] bom = "\uFEFF{\"title\": \"x\"}".getBytes(StandardCharsets.UTF_8);
        byte[] utf16 = "\uFEFF<TEI xmlns=\"http://www.tei-c.org/ns/1.0\"/>".getBytes(StandardCharsets.UTF_16BE);
        assertThat(ContentSniffer.kind(bom)).isEqualTo(InputKind.JSON_LINES);
        assertThat(ContentSniffer.kind(utf16)).isEqualTo(InputKind.TEI);
    }

    @Test
    void previewEscapesBinary() {
        assertThat(ContentSniffer.preview(new byte[] {'P', 'K', 3, 4, 20, 0})).isEqualTo("PK\\x03\\x04\\x14\\x00");
    }
}
