package org.paperkg.jobs;

import java.util.List;
import java.util.Map;
import org.paperkg.source.Author;
import org.paperkg.source.Paper;
import org.paperkg.source.Reference;

/** A paper rebuilt from what the graph stores of it (the rows of {@code cypher/jobs/stale-papers.cypher}). */
final class StoredPaper {

    private StoredPaper() {
    }

    @SuppressWarnings("unchecked")
    static Paper toPaper(Map<String, Object> p) {
        List<Author> authors = ((List<Map<String, Object>>) p.getOrDefault("authors", List.of())).stream()
                .filter(a -> a.get("name") != null && !((String) a.get("name")).isBlank())
                .map(a -> new Author((String) a.get("name"), (String) a.get("orcid"))).toList();
        List<Reference> references = ((List<Map<String, Object>>) p.getOrDefault("references", List.of())).stream()
                .map(c -> new Reference((String) c.get("id"), (String) c.get("title"), year(c.get("year")),
                        (String) c.get("doi"), (String) c.get("arxiv"), List.of(), null)).toList();
        List<String> keywords = p.get("keywords") instanceof List<?> k ? (List<String>) k : List.of();
        return new Paper((String) p.get("id"), (String) p.get("title"), (String) p.get("abstract"), authors,
                year(p.get("year")), (String) p.get("venue"), (String) p.get("doi"), (String) p.get("arxiv"),
                (String) p.get("pmid"), (String) p.get("lang"), keywords, List.of(), references, (String) p.get("readBy"));
    }

    private static Integer year(Object v) {
        return v instanceof Number n ? n.intValue() : null;
    }
}
