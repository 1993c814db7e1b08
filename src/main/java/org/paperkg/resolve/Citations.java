package org.paperkg.resolve;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import org.paperkg.source.Paper;
import org.paperkg.source.PaperIds;
import org.paperkg.source.Reference;

/**
 * A paper's bibliography as citations. The target id follows the paper ids of {@link PaperIds}:
 * {@code doi:…} first, then {@code arxiv:…}, then {@code pmid:…} (named by a reference id), else
 * {@code ref:<titleKey>|<year>}. A reference with none of DOI, arXiv id, PubMed id or title is
 * skipped; entries that share a DOI, an arXiv id, a PubMed id, or a title with no conflicting year
 * are one citation; a citation of the paper itself is dropped.
 */
final class Citations {

    private Citations() {
    }

    static List<Citation> of(Paper paper) {
        List<Entry> entries = new ArrayList<>();
        for (Reference r : paper.references()) {
            Entry e = Entry.of(r);
            if (e == null) {
                continue;
            }
            Entry same = entries.stream().filter(x -> x.sameAs(e)).findFirst().orElse(null);
            if (same == null) {
                entries.add(e);
            } else {
                same.fill(e);
            }
        }
        return entries.stream().map(Entry::citation).filter(c -> !c.targetId().equals(paper.id()))
                .filter(c -> !isSelf(paper, c)).sorted(Comparator.comparing(Citation::targetId)).toList();
    }

    private static boolean isSelf(Paper paper, Citation c) {
        String doi = PaperIds.normalizeDoi(paper.doi());
        String arxiv = PaperIds.normalizeArxiv(paper.arxiv());
        return (doi != null && doi.equals(c.doi())) || (arxiv != null && arxiv.equals(c.arxiv()));
    }

    /** One bibliography entry, its identifiers normalized; filled in by duplicates. */
    private static final class Entry {
        String doi;
        String arxiv;
        String pmid;
        String title;
        String titleKey;
        Integer year;

        static Entry of(Reference r) {
            Entry e = new Entry();
            String id = r.id() == null ? "" : r.id().strip();
            e.doi = PaperIds.normalizeDoi(r.doi() != null ? r.doi() : id.startsWith("doi:") ? id.substring(4) : null);
            e.arxiv = PaperIds.normalizeArxiv(r.arxiv() != null ? r.arxiv()
                    : id.startsWith("arxiv:") ? id.substring(6) : null);
            e.pmid = id.startsWith("pmid:") && id.length() > 5 ? id.substring(5).strip() : null;
            e.title = r.title() == null || r.title().isBlank() ? null : r.title().strip();
            e.titleKey = PaperIds.titleKey(e.title);
            e.year = r.year();
            boolean any = e.doi != null || e.arxiv != null || e.pmid != null || e.titleKey != null;
            return any ? e : null;
        }

        boolean sameAs(Entry o) {
            return both(doi, o.doi) || both(arxiv, o.arxiv) || both(pmid, o.pmid)
                    || (both(titleKey, o.titleKey) && (year == null || o.year == null || year.equals(o.year)));
        }

        private static boolean both(String a, String b) {
            return a != null && a.equals(b);
        }

        void fill(Entry o) {
            doi = doi != null ? doi : o.doi;
            arxiv = arxiv != null ? arxiv : o.arxiv;
            pmid = pmid != null ? pmid : o.pmid;
            title = title != null ? title : o.title;
            titleKey = titleKey != null ? titleKey : o.titleKey;
            year = year != null ? year : o.year;
        }

        Citation citation() {
            String target = doi != null ? "doi:" + doi : arxiv != null ? "arxiv:" + arxiv
                    : pmid != null ? "pmid:" + pmid : "ref:" + titleKey + "|" + Objects.toString(year, "");
            return new Citation(target, title, year, doi, arxiv, titleKey);
        }
    }
}
