package org.paperkg.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.paperkg.source.Paper;

/**
 * Properties over every abstract the project ships in {@code samples/papers/jsonl} (73 English papers):
 * the rule extractor's output always passes the schema, and every name and evidence it returns is
 * copied from the paper's own title and abstract.
 */
class RuleExtractorCorpusTest {

    private static final ExtractionSchema SCHEMA = ExtractionSchema.load();

    @Test
    void everyExtractionValidatesAndQuotesItsPaper() throws Exception {
        List<Paper> papers = Fixtures.samplePapers();
        papers.add(Fixtures.seed());
        papers.addAll(Fixtures.papers("csl-zh-abstracts.jsonl").values());
        assertThat(papers).hasSizeGreaterThanOrEqualTo(76);
        RuleExtractor extractor = new RuleExtractor();
        int items = 0;
        for (Paper p : papers) {
            Extraction e = extractor.extract(p).extraction();
            assertThat(SCHEMA.validate(SCHEMA.toJson(e))).as(p.id()).isEmpty();
            String text = p.headText();
            List<String> quoted = new ArrayList<>();
            e.tasks().forEach(t -> quoted.addAll(List.of(t.name(), t.evidence())));
            e.methods().forEach(m -> {
                quoted.addAll(List.of(m.name(), m.evidence()));
                quoted.addAll(m.extendsMethods());
                quoted.addAll(m.improvesOn());
            });
            e.datasets().forEach(d -> quoted.addAll(List.of(d.name(), d.evidence())));
            e.results().forEach(r -> quoted.addAll(List.of(r.metric(), r.value().replaceFirst("^\\+", ""), r.evidence())));
            for (String q : quoted) {
                assertThat(text).as(p.id()).contains(q);
            }
            items += e.itemCount();
        }
        assertThat(items).as("the rules find something across the corpus").isGreaterThan(300);
    }
}
