package org.paperkg.source;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/** A compact, eye-checkable summary of a parsed paper, as stored in the golden {@code .expected.json} files. */
final class PaperSummary {

    static final JsonMapper JSON = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

    private PaperSummary() {
    }

    static JsonNode of(Paper p) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", p.id());
        m.put("readBy", p.readBy());
        m.put("title", p.title());
        m.put("authors", p.authors().stream().map(a -> a.orcid() == null ? a.name() : a.name() + " <" + a.orcid() + ">").toList());
        m.put("doi", p.doi());
        m.put("arxiv", p.arxiv());
        m.put("pmid", p.pmid());
        m.put("year", p.year());
        m.put("venue", p.venue());
        m.put("lang", p.lang());
        m.put("keywords", p.keywords());
        m.put("abstractStart", p.abstractText().substring(0, Math.min(80, p.abstractText().length())));
        m.put("abstractLength", p.abstractText().length());
        m.put("sections", p.sections().size());
        m.put("firstSectionHeading", p.sections().isEmpty() ? null : p.sections().get(0).heading());
        m.put("references", p.references().size());
        m.put("referencesWithDoi", p.references().stream().filter(r -> r.doi() != null).count());
        m.put("referencesWithArxiv", p.references().stream().filter(r -> r.arxiv() != null).count());
        m.put("firstReferences", p.references().stream().limit(2).map(PaperSummary::reference).toList());
        // through text, so numbers compare by value whatever Java type made them
        return JSON.readTree(JSON.writeValueAsString(m));
    }

    private static Map<String, Object> reference(Reference r) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("title", r.title());
        m.put("year", r.year());
        m.put("doi", r.doi());
        m.put("arxiv", r.arxiv());
        m.put("authors", r.authors().size());
        m.put("raw", r.raw() == null ? null : r.raw().substring(0, Math.min(60, r.raw().length())));
        return m;
    }

    static List<String> authorNames(Paper p) {
        return p.authors().stream().map(Author::name).toList();
    }
}
