package org.paperkg.source;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.w3c.dom.Element;

/**
 * What a Grobid {@code teiHeader} says about the paper itself. Children are found by name, never by
 * position: Grobid up to 0.5.5 put {@code encodingDesc} before {@code fileDesc}.
 */
record TeiHeader(String title, List<Author> authors, String doi, String arxiv, String pmid, Integer year,
                 String venue, String abstractText, List<String> keywords, String lang) {

    static TeiHeader read(Element tei) {
        Element header = Dom.child(tei, "teiHeader");
        Element fileDesc = Dom.child(header, "fileDesc");
        Element bibl = Dom.child(fileDesc, "sourceDesc", "biblStruct");
        Element abstractElement = Dom.child(header, "profileDesc", "abstract");

        List<Element> dates = new ArrayList<>(Dom.all(fileDesc, "publicationStmt", "date"));
        dates.addAll(TeiBibl.imprintDates(bibl));
        List<Element> authors = Dom.all(bibl, "analytic", "author");
        if (authors.isEmpty()) {
            authors = Dom.all(bibl, "monogr", "author");
        }
        return new TeiHeader(
                title(fileDesc, bibl),
                TeiBibl.authors(authors),
                PaperIds.normalizeDoi(TeiBibl.idno(bibl, "DOI")),
                PaperIds.normalizeArxiv(TeiBibl.idno(bibl, "arXiv")),
                TeiBibl.idno(bibl, "PMID"),
                TeiBibl.year(dates),
                venue(bibl),
                TeiBody.abstractText(abstractElement),
                keywords(header),
                language(abstractElement, header, Dom.child(tei, "text")));
    }

    /** The main title of the titleStmt, else of the analytic, else of a monograph. */
    private static String title(Element fileDesc, Element bibl) {
        String t = TeiBibliography.mainTitle(Dom.all(fileDesc, "titleStmt", "title"));
        if (t == null) {
            t = TeiBibliography.mainTitle(Dom.all(bibl, "analytic", "title"));
        }
        if (t == null) {
            t = TeiBibliography.mainTitle(levelled(Dom.all(bibl, "monogr", "title"), "m"));
        }
        return t;
    }

    /** The journal, or the proceedings/book an article appeared in. */
    private static String venue(Element bibl) {
        List<Element> monogrTitles = Dom.all(bibl, "monogr", "title");
        String journal = TeiBibliography.mainTitle(levelled(monogrTitles, "j"));
        if (journal != null || Dom.child(bibl, "analytic") == null) {
            return journal;
        }
        return TeiBibliography.mainTitle(levelled(monogrTitles, "m"));
    }

    private static List<Element> levelled(List<Element> titles, String level) {
        return titles.stream().filter(t -> level.equals(Dom.attr(t, "level"))).toList();
    }

    /**
     * Keyword terms. When Grobid could not split the keywords, the element holds one raw string with
     * no {@code term}; that string is split on the usual separators.
     */
    private static List<String> keywords(Element header) {
        List<String> out = new ArrayList<>();
        for (Element keywords : Dom.all(header, "profileDesc", "textClass", "keywords")) {
            List<Element> terms = Dom.children(keywords, "term");
            if (terms.isEmpty()) {
                Arrays.stream(Dom.text(keywords).split("[;,·•]")).map(String::strip)
                        .filter(s -> !s.isEmpty()).forEach(out::add);
            } else {
                terms.stream().map(Dom::text).filter(s -> !s.isEmpty()).forEach(out::add);
            }
        }
        return out.stream().distinct().toList();
    }

    /** The abstract's own language when Grobid marks it, else the detected language of the document. */
    private static String language(Element abstractElement, Element header, Element text) {
        String lang = Dom.lang(abstractElement);
        if (lang == null) {
            lang = Dom.lang(header);
        }
        if (lang == null) {
            lang = Dom.lang(text);
        }
        return lang == null ? null : lang.split("[-_]")[0].toLowerCase(Locale.ROOT);
    }
}
