package org.paperkg.resolve;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.paperkg.source.Paper;
import org.paperkg.source.PaperIds;
import org.paperkg.source.Reference;

class CitationsTest {

    private static Reference ref(String title, Integer year, String doi, String arxiv) {
        return new Reference(null, title, year, doi, arxiv, List.of(), null);
    }

    @Test
    void targetIdsFollowThePaperIdRules() {
        Paper p = TestPapers.paper("arxiv:1710.10903", "x", List.of(
                ref("Semi-Supervised Classification with Graph Convolutional Networks", 2017, null, "arXiv:1609.02907v4"),
                ref("A DOI paper", 2020, "https://doi.org/10.1000/ABC.123.", null),
                ref("Inductive Representation Learning on Large Graphs", 2017, null, null),
                ref("Untitled year", null, null, null),
                Reference.toId("arxiv:1312.6203"),
                Reference.toId("pmid:12345")));
        List<Citation> cs = Citations.of(p);
        assertThat(cs).extracting(Citation::targetId).containsExactly(
                "arxiv:1312.6203",
                "arxiv:" + PaperIds.normalizeArxiv("1609.02907"),
                "doi:" + PaperIds.normalizeDoi("10.1000/abc.123"),
                "pmid:12345",
                "ref:" + PaperIds.titleKey("Inductive Representation Learning on Large Graphs") + "|2017",
                "ref:untitledyear|");
        assertThat(cs.get(2)).isEqualTo(new Citation("doi:10.1000/abc.123", "A DOI paper", 2020, "10.1000/abc.123", null,
                "adoipaper"));
    }

    @Test
    void duplicatesAreOneCitationFilledFromEach() {
        Paper p = TestPapers.paper("sha256:x", "x", List.of(
                ref("Graph Attention Networks", 2018, null, "1710.10903"),
                ref("Graph attention networks.", null, "10.48550/arXiv.1710.10903", null),
                ref("GRAPH ATTENTION NETWORKS", 2018, null, null),
                ref(null, null, "10.48550/ARXIV.1710.10903", "1710.10903v3"),
                ref("Same title", 2019, null, null),
                ref("Same Title!", 2020, null, null)));
        List<Citation> cs = Citations.of(p);
        // DOI first, as in paper ids; the arXiv id stays on the citation for the writer to match by
        assertThat(cs).extracting(Citation::targetId).containsExactly("doi:10.48550/arxiv.1710.10903",
                "ref:sametitle|2019", "ref:sametitle|2020");
        assertThat(cs.get(0).arxiv()).isEqualTo("1710.10903");
        assertThat(cs.get(0).title()).isEqualTo("Graph Attention Networks");
        assertThat(cs.get(0).year()).isEqualTo(2018);
    }

    @Test
    void referencesWithNothingToMatchAndSelfCitationsAreSkipped() {
        Paper p = new Paper("doi:10.1000/self", "T", "x", null, null, null, "10.1000/SELF", null, null, null, null, null,
                List.of(ref(null, 2019, null, null), new Reference(null, " ", null, null, null, List.of(), "raw text"),
                        ref("Me again", null, "https://doi.org/10.1000/self", null)), "test");
        assertThat(Citations.of(p)).isEmpty();
    }
}
