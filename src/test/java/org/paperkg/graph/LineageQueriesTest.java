package org.paperkg.graph;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Each catalogue query on {@link LineageWorld}, whose answers are known. */
class LineageQueriesTest {

    private static final QueryCatalogue CATALOGUE = new QueryCatalogue();
    private static Neo4jGraphReader reader;

    @BeforeAll
    static void seed() {
        LineageWorld.write();
        reader = new Neo4jGraphReader(TestNeo4j.driver(), new CypherCatalog());
    }

    private static List<Map<String, Object>> run(String name, Map<String, ?> params) {
        return CATALOGUE.run(reader, name, params);
    }

    @Test
    void ancestryFollowsStatedLineageBackWithYears() {
        List<Map<String, Object>> rows = run("method-ancestry", Map.of("method", "spanbert"));

        assertThat(rows).extracting(r -> r.get("ancestor"), r -> r.get("year"), r -> r.get("hops"), r -> r.get("lineage"))
                .containsExactly(org.assertj.core.groups.Tuple.tuple("BERT", 2018L, 1L, "stated"),
                        org.assertj.core.groups.Tuple.tuple("Transformer", 2017L, 2L, "stated"));
        assertThat(rows.get(1).get("chain"))
                .isEqualTo("SpanBERT (2019) -IMPROVES_ON-> BERT (2018) -EXTENDS-> Transformer (2017)");
        assertThat(run("method-ancestry", Map.of("method", "SpanBERT", "depth", "1"))).hasSize(1);
    }

    @Test
    void ancestryUsesInferredHopsOnlyWhenAskedAndMarksThem() {
        assertThat(run("method-ancestry", Map.of("method", "RoBERTa", "inferred", "false"))).isEmpty();

        List<Map<String, Object>> rows = run("method-ancestry", Map.of("method", "RoBERTa"));

        assertThat(rows).extracting(r -> r.get("ancestor")).containsExactly("BERT", "Transformer");
        assertThat(rows).allSatisfy(r -> assertThat(r.get("lineage")).isEqualTo("inferred"));
        assertThat(rows.get(1).get("chain")).isEqualTo(
                "RoBERTa (2019) -INFERRED_BUILDS_ON(citation+dataset)-> BERT (2018) -EXTENDS-> Transformer (2017)");
    }

    @Test
    void aMethodIsFoundByItsAcronymInAnyCase() {
        List<Map<String, Object>> rows = run("method-ancestry", Map.of("method", "gat"));

        assertThat(rows).singleElement().satisfies(r -> {
            assertThat(r.get("method")).isEqualTo("Graph Attention Networks");
            assertThat(r.get("ancestor")).isEqualTo("Graph Convolutional Networks");
            assertThat(r.get("year")).isEqualTo(2016L);
        });
    }

    @Test
    void descendantsFollowLineageForward() {
        assertThat(run("method-descendants", Map.of("method", "BERT", "inferred", "false")))
                .extracting(r -> r.get("descendant"), r -> r.get("year"))
                .containsExactly(org.assertj.core.groups.Tuple.tuple("SpanBERT", 2019L),
                        org.assertj.core.groups.Tuple.tuple("DistilBERT", 2020L));
        assertThat(run("method-descendants", Map.of("method", "BERT"))).extracting(r -> r.get("descendant"))
                .containsExactly("RoBERTa", "SpanBERT", "DistilBERT");
        assertThat(run("method-descendants", Map.of("method", "Transformer", "inferred", "false")))
                .extracting(r -> r.get("chain")).containsExactly("Transformer (2017) <-EXTENDS- BERT (2018)",
                        "Transformer (2017) <-EXTENDS- BERT (2018) <-IMPROVES_ON- SpanBERT (2019)",
                        "Transformer (2017) <-EXTENDS- BERT (2018) <-VARIANT_OF- DistilBERT (2020)");
    }

    @Test
    void evolutionOfATaskListsWhatEachYearProposedAndBuiltOn() {
        List<Map<String, Object>> rows = run("task-method-evolution", Map.of("task", "Question"));

        assertThat(rows).hasSize(2);
        assertThat(rows.get(0)).containsEntry("year", 2018L).containsEntry("proposed", List.of("BERT"))
                .containsEntry("usedOrCompared", List.of()).containsEntry("papers", 1L);
        assertThat(rows.get(1)).containsEntry("year", 2019L).containsEntry("proposed", List.of("RoBERTa", "SpanBERT"))
                .containsEntry("usedOrCompared", List.of("BERT")).containsEntry("papers", 2L);
    }

    @Test
    void bestResultProgressionMarksEachNewBest() {
        List<Map<String, Object>> rows = run("best-result-progression", Map.of("dataset", "squad", "metric", "f1"));

        assertThat(rows).extracting(r -> r.get("method"), r -> r.get("best"), r -> r.get("newBest")).containsExactly(
                org.assertj.core.groups.Tuple.tuple("BERT", 93.2, true),
                org.assertj.core.groups.Tuple.tuple("RoBERTa", 94.6, true),
                org.assertj.core.groups.Tuple.tuple("SpanBERT", 94.6, false),
                org.assertj.core.groups.Tuple.tuple("DistilBERT", 94.6, false));
        assertThat(run("best-result-progression", Map.of("dataset", "SQuAD", "metric", "F1", "higherIsBetter", "false")))
                .filteredOn(r -> (Boolean) r.get("newBest")).extracting(r -> r.get("method"))
                .containsExactly("BERT", "DistilBERT");
    }

    @Test
    void aMethodFamilysDatasetsCoverItsDescendants() {
        List<Map<String, Object>> rows = run("method-family-datasets", Map.of("method", "BERT"));

        assertThat(rows).extracting(r -> r.get("dataset"), r -> r.get("methods"), r -> r.get("papers")).containsExactly(
                org.assertj.core.groups.Tuple.tuple("SQuAD", List.of("BERT", "DistilBERT", "SpanBERT"), 3L),
                org.assertj.core.groups.Tuple.tuple("GLUE", List.of("BERT", "DistilBERT"), 2L));
        assertThat(rows.get(0).get("results")).isEqualTo(List.of("BERT: 93.2", "DistilBERT: 90.0", "SpanBERT: 94.1"));
        assertThat(run("method-family-datasets", Map.of("method", "BERT", "inferred", "true")).get(0).get("methods"))
                .isEqualTo(List.of("BERT", "DistilBERT", "RoBERTa", "SpanBERT"));
    }

    @Test
    void mostExtendedCountsDistinctDescendantsStatedFirst() {
        assertThat(run("most-extended-methods", Map.of("limit", "2")))
                .extracting(r -> r.get("method"), r -> r.get("builtOnBy"), r -> r.get("stated"), r -> r.get("year"))
                .containsExactly(org.assertj.core.groups.Tuple.tuple("BERT", 2L, 2L, 2018L),
                        org.assertj.core.groups.Tuple.tuple("Transformer", 1L, 1L, 2017L));
        List<Map<String, Object>> withInferred = run("most-extended-methods", Map.of("inferred", "true"));
        assertThat(withInferred.get(0)).containsEntry("method", "BERT").containsEntry("builtOnBy", 3L)
                .containsEntry("papers", 4L).containsEntry("descendants", List.of("DistilBERT", "RoBERTa", "SpanBERT"));
        assertThat(withInferred).extracting(r -> r.get("method")).containsExactly("BERT", "Transformer",
                "Graph Attention Networks", "Graph Convolutional Networks");
    }

    @Test
    void mostComparedCountsPapersThatCompareOrImproveOn() {
        assertThat(run("most-compared-methods", Map.of())).singleElement().satisfies(r -> {
            assertThat(r.get("method")).isEqualTo("BERT");
            assertThat(r.get("papers")).isEqualTo(2L);
            assertThat(r.get("comparedBy")).isEqualTo(List.of("DistilBERT", "SpanBERT"));
        });
    }

    @Test
    void papersInCommonListsWhatAtLeastMinPapersShare() {
        String bert = "doi:" + LineageWorld.BERT;
        String roberta = "doi:" + LineageWorld.ROBERTA;
        List<Map<String, Object>> rows = run("papers-in-common",
                Map.of("papers", List.of(bert, roberta, LineageWorld.SPANBERT)));

        assertThat(rows).extracting(r -> r.get("kind"), r -> r.get("name"), r -> r.get("papers")).containsExactly(
                org.assertj.core.groups.Tuple.tuple("Author", "Ada Lovelace", 3L),
                org.assertj.core.groups.Tuple.tuple("Dataset", "SQuAD", 3L),
                org.assertj.core.groups.Tuple.tuple("Method", "BERT", 3L),
                org.assertj.core.groups.Tuple.tuple("Metric", "F1", 3L),
                org.assertj.core.groups.Tuple.tuple("Task", "question answering", 3L),
                org.assertj.core.groups.Tuple.tuple("Paper", "BERT: Pre-training of Deep Bidirectional Transformers", 2L));
        assertThat(rows.get(2).get("how")).asInstanceOf(org.assertj.core.api.InstanceOfAssertFactories.LIST)
                .containsExactlyInAnyOrder("PROPOSES", "USES", "COMPARES_TO");
        assertThat(run("papers-in-common", Map.of("papers", bert + "," + roberta + "," + LineageWorld.SPANBERT, "min", "3")))
                .hasSize(5).allSatisfy(r -> assertThat(r.get("of")).isEqualTo(3L));
    }
}
