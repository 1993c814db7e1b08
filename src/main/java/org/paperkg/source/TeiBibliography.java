package org.paperkg.source;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.w3c.dom.Element;

/**
 * Reads {@code listBibl/biblStruct} entries, both from a full-text document
 * ({@code back/div[@type='references']}) and from a citation-list shell, whose {@code div} has no type.
 */
final class TeiBibliography {

    /** An arXiv id named as such in free text ("arXiv preprint arXiv:1810.04805", "arxiv.org/abs/…"). */
    private static final Pattern ARXIV_IN_TEXT = Pattern.compile(
            "(?i)arxiv(?:\\.org/abs/|\\s*:\\s*|\\s+)(\\d{4}\\.\\d{4,5}|[a-z\\-]+(?:\\.[a-z]{2})?/\\d{7})");

    private TeiBibliography() {
    }

    /** Every bibliography entry under {@code text/back}, in order. */
    static List<Reference> references(Element tei) {
        List<Reference> out = new ArrayList<>();
        for (Element div : Dom.all(tei, "text", "back", "div")) {
            String type = Dom.attr(div, "type");
            if (type != null && !type.equals("references")) {
                continue;
            }
            for (Element biblStruct : Dom.all(div, "listBibl", "biblStruct")) {
                out.add(reference(biblStruct));
            }
        }
        return out;
    }

    static Reference reference(Element biblStruct) {
        Element analytic = Dom.child(biblStruct, "analytic");
        String raw = raw(biblStruct);
        String title = title(biblStruct, analytic);
        List<Element> authorElements = analytic != null && !Dom.children(analytic, "author").isEmpty()
                ? Dom.children(analytic, "author")
                : Dom.all(biblStruct, "monogr", "author");
        List<String> authors = TeiBibl.authors(authorElements).stream().map(Author::name).toList();
        String doi = PaperIds.normalizeDoi(TeiBibl.idno(biblStruct, "DOI"));
        if (doi == null) {
            doi = PaperIds.normalizeDoi(raw);
        }
        String arxiv = PaperIds.normalizeArxiv(TeiBibl.idno(biblStruct, "arXiv"));
        if (arxiv == null) {
            arxiv = arxivInText(raw);
        }
        return new Reference(null, title, TeiBibl.year(TeiBibl.imprintDates(biblStruct)), doi, arxiv, authors, raw);
    }

    /**
     * The cited work's own title: the analytic (article) title, or for a book the monograph title.
     * A journal or series title alone names the venue, not the work.
     */
    private static String title(Element biblStruct, Element analytic) {
        String t = mainTitle(Dom.children(analytic, "title"));
        if (t != null) {
            return t;
        }
        List<Element> books = new ArrayList<>();
        for (Element e : Dom.all(biblStruct, "monogr", "title")) {
            if ("m".equals(Dom.attr(e, "level")) && analytic == null) {
                books.add(e);
            }
        }
        return mainTitle(books);
    }

    /** The title marked {@code type="main"}, else the first non-empty one. */
    static String mainTitle(List<Element> titles) {
        for (Element t : titles) {
            if ("main".equals(Dom.attr(t, "type")) && Dom.textOrNull(t) != null) {
                return Dom.text(t);
            }
        }
        for (Element t : titles) {
            if (Dom.textOrNull(t) != null) {
                return Dom.text(t);
            }
        }
        return null;
    }

    private static String raw(Element biblStruct) {
        for (Element note : Dom.children(biblStruct, "note")) {
            if ("raw_reference".equals(Dom.attr(note, "type"))) {
                return Dom.textOrNull(note);
            }
        }
        return null;
    }

    private static String arxivInText(String text) {
        if (text == null) {
            return null;
        }
        Matcher m = ARXIV_IN_TEXT.matcher(text);
        return m.find() ? PaperIds.normalizeArxiv(m.group(1)) : null;
    }
}
