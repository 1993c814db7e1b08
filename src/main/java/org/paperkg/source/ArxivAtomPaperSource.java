package org.paperkg.source;

import java.util.List;
import org.springframework.stereotype.Component;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/**
 * Reads an arXiv API answer (an Atom feed from {@code export.arxiv.org/api/query}): one item per
 * {@code entry}. The API reports a bad query as an entry whose id is under {@code /api/errors}; that
 * entry becomes a failed item carrying the API's message.
 */
@Component
public class ArxivAtomPaperSource implements PaperSource {

    static final String ATOM_NS = "http://www.w3.org/2005/Atom";
    static final String ARXIV_NS = "http://arxiv.org/schemas/atom";

    @Override
    public String format() {
        return "arxiv";
    }

    @Override
    public boolean accepts(InputFile file) {
        return ContentSniffer.kind(file.bytes()) == InputKind.ARXIV_ATOM;
    }

    @Override
    public List<SourceItem> read(InputFile file) throws SourceException {
        Document doc = SafeXml.parse(file.bytes(), file.locator());
        Element feed = doc.getDocumentElement();
        if (!"feed".equals(feed.getLocalName()) || !ATOM_NS.equals(feed.getNamespaceURI())) {
            throw SourceException.badInput(file.locator() + ": not an Atom feed: the root element is <"
                    + feed.getTagName() + ">");
        }
        return XmlRecords.read(Dom.children(feed, "entry"), file, "entry", ArxivAtomPaperSource::toPaper);
    }

    static Paper toPaper(Element entry) throws SourceException {
        String idUrl = Dom.textOrNull(Dom.child(entry, "id"));
        if (idUrl != null && idUrl.contains("/api/errors")) {
            throw SourceException.badInput("is an arXiv API error: " + Dom.text(Dom.child(entry, "summary")));
        }
        String arxiv = idUrl == null ? null : PaperIds.normalizeArxiv(idUrl.replaceFirst("^.*?/abs/", ""));
        String title = Dom.textOrNull(Dom.child(entry, "title"));
        String abstractText = Dom.text(Dom.child(entry, "summary"));
        if (title == null && abstractText.isEmpty()) {
            throw SourceException.badInput("(" + idUrl + ") has neither a title nor an abstract");
        }
        String doi = PaperIds.normalizeDoi(Dom.textOrNull(arxivChild(entry, "doi")));
        List<Author> authors = Dom.children(entry, "author").stream().map(a -> Dom.textOrNull(Dom.child(a, "name")))
                .filter(n -> n != null).map(Author::named).toList();
        return new Paper(PaperIds.paperId(doi, arxiv, null, title, abstractText), title, abstractText, authors,
                TeiBibl.yearIn(Dom.textOrNull(Dom.child(entry, "published"))),
                Dom.textOrNull(arxivChild(entry, "journal_ref")), doi, arxiv, null, null, List.of(), List.of(),
                List.of(), "arxiv");
    }

    /** An element in arXiv's own namespace ({@code arxiv:doi}, {@code arxiv:journal_ref}). */
    private static Element arxivChild(Element entry, String localName) {
        return Dom.children(entry, localName).stream().filter(e -> ARXIV_NS.equals(e.getNamespaceURI()))
                .findFirst().orElse(null);
    }
}
