package org.paperkg.source;

import java.util.List;

/**
 * A paper as read from one input, before anything is extracted from it. Immutable; lists are copied.
 *
 * @param id          the paper's graph key: {@code doi:…}, {@code arxiv:…}, {@code pmid:…}, else
 *                    {@code sha256:…} of the normalized title and abstract (see {@link PaperIds})
 * @param title       the title, or {@code null} when the source has none
 * @param abstractText the abstract as plain text; empty when the source has none
 * @param authors     authors in order
 * @param year        publication year, or {@code null}
 * @param venue       journal or conference, or {@code null}
 * @param doi         DOI, lower-cased, or {@code null}
 * @param arxiv       arXiv id without version, or {@code null}
 * @param pmid        PubMed id, or {@code null}
 * @param lang        ISO 639-1 language of the abstract ({@code en}, {@code zh}, …), or {@code null}
 * @param keywords    author keywords
 * @param sections    body sections (empty unless the source has full text)
 * @param references  bibliography entries
 * @param readBy      which reader made this record: {@code grobid}, {@code tei}, {@code pdfbox},
 *                    {@code jsonl}, … ({@code pdfbox} marks the heuristic fallback)
 */
public record Paper(
        String id,
        String title,
        String abstractText,
        List<Author> authors,
        Integer year,
        String venue,
        String doi,
        String arxiv,
        String pmid,
        String lang,
        List<String> keywords,
        List<Section> sections,
        List<Reference> references,
        String readBy) {

    public Paper {
        if (id == null || id.isBlank()) {
            throw new IllegalArgumentException("paper id must not be blank");
        }
        abstractText = abstractText == null ? "" : abstractText;
        authors = authors == null ? List.of() : List.copyOf(authors);
        keywords = keywords == null ? List.of() : List.copyOf(keywords);
        sections = sections == null ? List.of() : List.copyOf(sections);
        references = references == null ? List.of() : List.copyOf(references);
    }

    /** True when the paper has an abstract to extract from. */
    public boolean hasAbstract() {
        return !abstractText.isBlank();
    }

    /** Title and abstract, the text the extractors read by default. */
    public String headText() {
        return title == null || title.isBlank() ? abstractText : title.strip() + "\n" + abstractText;
    }
}
