package org.paperkg.source;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import tools.jackson.databind.JsonNode;

/**
 * Maps one JSON object to a {@link Paper}. Fields: {@code id}, {@code title}, {@code abstract},
 * {@code authors} (strings or {@code {name, orcid}}), {@code year}, {@code venue}, {@code doi},
 * {@code arxiv}, {@code pmid}, {@code lang}, {@code keywords}, {@code references} (paper ids or
 * {@code {title, year, doi, arxiv, authors}}). Unknown fields are ignored; a known field of the wrong
 * type is an error that names the field.
 */
final class JsonPaperRecord {

    private JsonPaperRecord() {
    }

    static Paper toPaper(JsonNode o, String readBy) throws SourceException {
        String title = string(o, "title");
        String abstractText = string(o, "abstract");
        if (isBlank(title) && isBlank(abstractText)) {
            throw SourceException.badInput("has neither a title nor an abstract");
        }
        String doi = PaperIds.normalizeDoi(string(o, "doi"));
        String arxiv = PaperIds.normalizeArxiv(string(o, "arxiv"));
        String pmid = string(o, "pmid");
        String id = ExplicitIds.normalize(string(o, "id"));
        if (id == null) {
            id = PaperIds.paperId(doi, arxiv, pmid, title, abstractText);
        }
        return new Paper(id, isBlank(title) ? null : title.strip(), abstractText == null ? "" : abstractText.strip(),
                authors(o.get("authors")), year(o, "year"), string(o, "venue"), doi, arxiv, pmid,
                string(o, "lang"), keywords(o.get("keywords")), List.of(), references(o.get("references")), readBy);
    }

    /** A string field; numbers are taken as their text (a PubMed id is often written as a number). */
    private static String string(JsonNode o, String field) throws SourceException {
        JsonNode v = o.get(field);
        if (v == null || v.isNull()) {
            return null;
        }
        if (v.isString() || v.isIntegralNumber()) {
            String s = v.asString().strip();
            return s.isEmpty() ? null : s;
        }
        throw wrongType(field, "a string", v);
    }

    private static Integer year(JsonNode o, String field) throws SourceException {
        JsonNode v = o.get(field);
        if (v == null || v.isNull()) {
            return null;
        }
        if (v.isIntegralNumber() && v.canConvertToInt()) {
            return v.intValue();
        }
        if (v.isString() && v.asString().strip().matches("\\d{4}")) {
            return Integer.valueOf(v.asString().strip());
        }
        throw wrongType(field, "a four-digit year", v);
    }

    private static List<Author> authors(JsonNode v) throws SourceException {
        List<Author> out = new ArrayList<>();
        for (JsonNode a : array(v, "authors")) {
            if (a.isString()) {
                if (!a.asString().isBlank()) {
                    out.add(Author.named(a.asString()));
                }
            } else if (a.isObject()) {
                String name = string(a, "name");
                if (name != null) {
                    out.add(new Author(name, string(a, "orcid")));
                }
            } else {
                throw wrongType("authors", "strings or {name, orcid} objects", a);
            }
        }
        return out;
    }

    private static List<String> keywords(JsonNode v) throws SourceException {
        if (v != null && v.isString()) {
            return Arrays.stream(v.asString().split("[;,]")).map(String::strip).filter(s -> !s.isEmpty()).toList();
        }
        List<String> out = new ArrayList<>();
        for (JsonNode k : array(v, "keywords")) {
            if (!k.isString()) {
                throw wrongType("keywords", "strings", k);
            }
            if (!k.asString().isBlank()) {
                out.add(k.asString().strip());
            }
        }
        return out;
    }

    private static List<Reference> references(JsonNode v) throws SourceException {
        List<Reference> out = new ArrayList<>();
        for (JsonNode r : array(v, "references")) {
            if (r.isString()) {
                String id = ExplicitIds.normalize(r.asString());
                // a string that is no paper id is kept as a raw citation, not dropped
                out.add(id != null ? Reference.toId(id) : new Reference(null, null, null,
                        PaperIds.normalizeDoi(r.asString()), null, List.of(), r.asString().strip()));
            } else if (r.isObject()) {
                List<String> names = authors(r.get("authors")).stream().map(Author::name).toList();
                out.add(new Reference(ExplicitIds.normalize(string(r, "id")), string(r, "title"), year(r, "year"),
                        PaperIds.normalizeDoi(string(r, "doi")), PaperIds.normalizeArxiv(string(r, "arxiv")),
                        names, string(r, "raw")));
            } else {
                throw wrongType("references", "paper ids or reference objects", r);
            }
        }
        return out;
    }

    private static Iterable<JsonNode> array(JsonNode v, String field) throws SourceException {
        if (v == null || v.isNull()) {
            return List.of();
        }
        if (!v.isArray()) {
            throw wrongType(field, "an array", v);
        }
        return v.values();
    }

    private static SourceException wrongType(String field, String expected, JsonNode found) {
        String verb = expected.startsWith("a") ? " must be " : " must hold ";
        return SourceException.badInput("field '" + field + "'" + verb + expected + ", not "
                + found.getNodeType().name().toLowerCase(Locale.ROOT));
    }

    private static boolean isBlank(String s) {
        return s == null || s.isBlank();
    }
}
