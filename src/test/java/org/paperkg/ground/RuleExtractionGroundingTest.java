package org.paperkg.ground;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.paperkg.extract.ExtractionResult;
import org.paperkg.extract.Fixtures;
import org.paperkg.extract.RuleExtractor;
import org.paperkg.source.Paper;

/** The rule extractor only copies from the text, so grounding its output over the sample corpus drops nothing. */
class RuleExtractionGroundingTest {

    @Test
    void ruleExtractionsOfAllSamplesGroundWithoutDrops() throws Exception {
        List<Paper> papers = new java.util.ArrayList<>(Fixtures.samplePapers());
        papers.add(Fixtures.seed());
        papers.addAll(Fixtures.papers("csl-zh-abstracts.jsonl").values());
        RuleExtractor extractor = new RuleExtractor();
        TextGrounder grounder = new TextGrounder();
        for (Paper p : papers) {
            ExtractionResult r = extractor.extract(p);
            GroundedExtraction g = grounder.ground(p, r);
            assertThat(g.dropped()).as(p.id()).isEmpty();
            assertThat(g.result()).as(p.id()).isEqualTo(r);
        }
    }
}
