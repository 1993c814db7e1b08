package org.paperkg.source;

import java.util.List;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/**
 * Turns Grobid TEI XML (full text, header only, or a citation list) into a {@link Paper}.
 * The same parser serves TEI files on disk ({@code readBy = "tei"}) and TEI fresh from a Grobid
 * server ({@code readBy = "grobid"}).
 */
public final class TeiPaperParser {

    /** The TEI namespace Grobid writes. */
    public static final String TEI_NS = "http://www.tei-c.org/ns/1.0";

    private final String readBy;

    /** @param readBy recorded on each paper as the reader that made it */
    public TeiPaperParser(String readBy) {
        this.readBy = readBy;
    }

    /**
     * @param tei         the TEI bytes
     * @param locator     names the input in error messages
     * @param contentHash SHA-256 of the original input (the PDF when Grobid made the TEI); it keys a
     *                    paper that has no title, abstract or identifier, such as a citation list
     * @throws SourceException when the bytes are not well-formed, not TEI, or hold nothing to read
     */
    public Paper parse(byte[] tei, String locator, String contentHash) throws SourceException {
        Document doc = SafeXml.parse(tei, locator);
        Element root = doc.getDocumentElement();
        if (!"TEI".equals(root.getLocalName()) || !TEI_NS.equals(root.getNamespaceURI())) {
            throw SourceException.badInput(locator + ": not a TEI document: the root element is <"
                    + root.getTagName() + "> in namespace " + root.getNamespaceURI() + ", expected <TEI> in " + TEI_NS);
        }
        TeiHeader h = TeiHeader.read(root);
        List<Section> sections = TeiBody.sections(Dom.child(root, "text", "body"));
        List<Reference> references = TeiBibliography.references(root);
        if (h.title() == null && h.abstractText().isBlank() && sections.isEmpty() && references.isEmpty()) {
            throw SourceException.badInput(locator + ": the TEI holds no title, abstract, body text or references");
        }
        return new Paper(paperId(h, contentHash), h.title(), h.abstractText(), h.authors(), h.year(), h.venue(),
                h.doi(), h.arxiv(), h.pmid(), h.lang(), h.keywords(), sections, references, readBy);
    }

    private static String paperId(TeiHeader h, String contentHash) {
        boolean anonymous = h.title() == null && h.abstractText().isBlank()
                && h.doi() == null && h.arxiv() == null && h.pmid() == null;
        // every header-less citation list would otherwise hash to the same empty title and abstract
        return anonymous ? "sha256:" + contentHash
                : PaperIds.paperId(h.doi(), h.arxiv(), h.pmid(), h.title(), h.abstractText());
    }
}
