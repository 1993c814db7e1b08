package org.paperkg.source;

import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Component;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/**
 * Reads PubMed efetch XML ({@code <PubmedArticleSet>}, {@code rettype=xml}): one item per
 * {@code PubmedArticle}. Book records ({@code PubmedBookArticle}) are reported as unsupported items.
 *
 * <p>Language: MEDLINE abstracts are in English whatever the article's language (NLM policy; the
 * original-language abstract goes to {@code OtherAbstract}), so a paper with an abstract gets
 * {@code lang = "en"}; without one, the article's {@code Language} is used.
 */
@Component
public class PubmedXmlPaperSource implements PaperSource {

    @Override
    public String format() {
        return "pubmed";
    }

    @Override
    public boolean accepts(InputFile file) {
        return ContentSniffer.kind(file.bytes()) == InputKind.PUBMED_XML;
    }

    @Override
    public List<SourceItem> read(InputFile file) throws SourceException {
        Document doc = SafeXml.parseWithExternalDoctype(file.bytes(), file.locator());
        Element root = doc.getDocumentElement();
        if (!"PubmedArticleSet".equals(root.getLocalName())) {
            throw SourceException.badInput(file.locator() + ": not PubMed XML: the root element is <"
                    + root.getTagName() + ">, expected <PubmedArticleSet>");
        }
        List<Element> records = new ArrayList<>();
        for (Element child : Dom.children(root)) {
            if (child.getLocalName().equals("PubmedArticle") || child.getLocalName().equals("PubmedBookArticle")) {
                records.add(child);
            }
        }
        return XmlRecords.read(records, file, "article", PubmedXmlPaperSource::toPaper);
    }

    static Paper toPaper(Element record) throws SourceException {
        if (record.getLocalName().equals("PubmedBookArticle")) {
            throw SourceException.badInput("is a book record (PubmedBookArticle), which is not supported");
        }
        Element citation = Dom.child(record, "MedlineCitation");
        Element article = Dom.child(citation, "Article");
        String pmid = Dom.textOrNull(Dom.child(citation, "PMID"));
        String title = PubmedFields.title(article);
        String abstractText = PubmedFields.abstractText(Dom.child(article, "Abstract"));
        if (title == null && abstractText.isEmpty()) {
            throw SourceException.badInput("(PMID " + pmid + ") has neither a title nor an abstract");
        }
        String doi = PubmedFields.doi(record, article);
        return new Paper(PaperIds.paperId(doi, null, pmid, title, abstractText), title, abstractText,
                PubmedFields.authors(Dom.child(article, "AuthorList")), PubmedFields.year(article),
                Dom.textOrNull(Dom.child(article, "Journal", "Title")), doi, null, pmid,
                abstractText.isEmpty() ? PubmedFields.language(article) : "en",
                Dom.all(citation, "KeywordList", "Keyword").stream().map(Dom::text).filter(k -> !k.isEmpty()).toList(),
                List.of(), PubmedFields.references(Dom.child(record, "PubmedData")), "pubmed");
    }
}
