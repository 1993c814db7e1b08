package org.paperkg.source;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.w3c.dom.Element;

/** Field readers for one PubMed {@code PubmedArticle}. */
final class PubmedFields {

    /** ISO 639-1 by the three-letter codes PubMed uses (bibliographic ones such as {@code chi}, {@code ger}). */
    private static final Map<String, String> LANGUAGES = languages();

    private PubmedFields() {
    }

    /** {@code ArticleTitle} without MEDLINE's closing period, else the original-language {@code VernacularTitle}. */
    static String title(Element article) {
        String t = Dom.textOrNull(Dom.child(article, "ArticleTitle"));
        if (t == null) {
            t = Dom.textOrNull(Dom.child(article, "VernacularTitle"));
        }
        if (t != null && t.endsWith(".") && !t.endsWith("..")) {
            t = t.substring(0, t.length() - 1);
        }
        return t;
    }

    /** The abstract's paragraphs; a structured abstract keeps its labels ("METHODS: …"). */
    static String abstractText(Element abstractElement) {
        List<String> parts = new ArrayList<>();
        for (Element text : Dom.children(abstractElement, "AbstractText")) {
            String body = Dom.text(text);
            String label = Dom.attr(text, "Label");
            if (!body.isEmpty()) {
                parts.add(label == null ? body : label + ": " + body);
            }
        }
        return String.join("\n", parts);
    }

    static List<Author> authors(Element authorList) {
        List<Author> out = new ArrayList<>();
        for (Element a : Dom.children(authorList, "Author")) {
            String collective = Dom.textOrNull(Dom.child(a, "CollectiveName"));
            String last = Dom.textOrNull(Dom.child(a, "LastName"));
            String fore = Dom.textOrNull(Dom.child(a, "ForeName"));
            if (fore == null) {
                fore = Dom.textOrNull(Dom.child(a, "Initials"));
            }
            String name = collective != null ? collective : last == null ? null : fore == null ? last : fore + " " + last;
            if (name != null) {
                out.add(new Author(name, orcid(a)));
            }
        }
        return out;
    }

    private static String orcid(Element author) {
        for (Element id : Dom.children(author, "Identifier")) {
            if ("ORCID".equalsIgnoreCase(Dom.attr(id, "Source")) && Dom.textOrNull(id) != null) {
                // PubMed writes both bare ids and https://orcid.org/ URLs
                return Dom.text(id).replaceFirst("(?i)^https?://orcid\\.org/", "");
            }
        }
        return null;
    }

    /** The publication year; {@code MedlineDate} ("1998 Dec-1999 Jan") gives its first year. */
    static Integer year(Element article) {
        Element pubDate = Dom.child(article, "Journal", "JournalIssue", "PubDate");
        Integer y = TeiBibl.yearIn(Dom.textOrNull(Dom.child(pubDate, "Year")));
        if (y == null) {
            y = TeiBibl.yearIn(Dom.textOrNull(Dom.child(pubDate, "MedlineDate")));
        }
        return y != null ? y : TeiBibl.yearIn(Dom.textOrNull(Dom.child(article, "ArticleDate", "Year")));
    }

    static String doi(Element record, Element article) {
        for (Element id : Dom.all(record, "PubmedData", "ArticleIdList", "ArticleId")) {
            if ("doi".equalsIgnoreCase(Dom.attr(id, "IdType"))) {
                return PaperIds.normalizeDoi(Dom.text(id));
            }
        }
        for (Element loc : Dom.children(article, "ELocationID")) {
            if ("doi".equalsIgnoreCase(Dom.attr(loc, "EIdType"))) {
                return PaperIds.normalizeDoi(Dom.text(loc));
            }
        }
        return null;
    }

    static String language(Element article) {
        String code = Dom.textOrNull(Dom.child(article, "Language"));
        return code == null ? null : LANGUAGES.get(code.toLowerCase(Locale.ROOT));
    }

    /** Cited works: the raw citation, with PubMed id and DOI when PubMed linked them. */
    static List<Reference> references(Element pubmedData) {
        List<Reference> out = new ArrayList<>();
        for (Element ref : Dom.all(pubmedData, "ReferenceList", "Reference")) {
            String raw = Dom.textOrNull(Dom.child(ref, "Citation"));
            String pmid = null;
            String doi = null;
            for (Element id : Dom.all(ref, "ArticleIdList", "ArticleId")) {
                String type = String.valueOf(Dom.attr(id, "IdType")).toLowerCase(Locale.ROOT);
                pmid = type.equals("pubmed") && pmid == null ? Dom.textOrNull(id) : pmid;
                doi = type.equals("doi") && doi == null ? PaperIds.normalizeDoi(Dom.text(id)) : doi;
            }
            out.add(new Reference(pmid == null ? null : "pmid:" + pmid, null, TeiBibl.yearIn(raw), doi, null, List.of(), raw));
        }
        return out;
    }

    private static Map<String, String> languages() {
        Map<String, String> m = new HashMap<>();
        for (String two : Locale.getISOLanguages()) {
            m.put(Locale.forLanguageTag(two).getISO3Language(), two);
        }
        // MARC bibliographic codes that differ from the ISO 639-2/T codes Java knows
        m.putAll(Map.of("chi", "zh", "ger", "de", "fre", "fr", "dut", "nl", "cze", "cs", "gre", "el",
                "per", "fa", "rum", "ro", "slo", "sk", "wel", "cy"));
        return m;
    }
}
