package org.paperkg.graph;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** {@code cypher/derive/020-inferred-lineage.cypher} on {@link LineageWorld}. */
class InferredLineageTest {

    private final GraphDerivation derivation = new GraphDerivation(TestNeo4j.driver(), new CypherCatalog());

    @BeforeEach
    void seed() {
        LineageWorld.write();
    }

    @Test
    void citationPlusSharedEvidenceGivesInferredEdgesNamingTheirBasis() {
        assertThat(inferred()).containsExactly(
                "gatv2 -citation+name-> graph attention networks",
                "graph attention networks -citation+dataset-> graph convolutional networks",
                "graph attention networks -citation+task-> graph convolutional networks",
                "roberta -citation+dataset-> bert",
                "roberta -citation+mention-> bert",
                "roberta -citation+task-> bert",
                "spanbert -citation+dataset-> bert",
                "spanbert -citation+mention-> bert",
                "spanbert -citation+name-> bert",
                "spanbert -citation+task-> bert");
        List<List<Object>> props = new GraphProbe(TestNeo4j.driver()).one("""
                MATCH (:Method {key: 'roberta'})-[r:INFERRED_BUILDS_ON {basis: 'citation+task'}]->(:Method {key: 'bert'})
                RETURN r.papers AS papers, r.citing AS citing, r.cited AS cited, r.shared AS shared""", Map.of(),
                r -> List.of(r.get("papers").asList(), r.get("citing").asList(), r.get("cited").asList(), r.get("shared").asList()));
        assertThat(props).containsExactly(List.of("doi:10.1/bert", "doi:10.1/roberta"), List.of("doi:10.1/roberta"),
                        List.of("doi:10.1/bert"), List.of("question answering"));
    }

    @Test
    void aCitationAloneALaterPaperOrMutualCitationsOfOneYearGiveNoEdge() {
        assertThat(inferred()).noneMatch(e -> e.startsWith("bert "))
                .as("OldNet (2015) cites GAT (2017)").noneMatch(e -> e.startsWith("oldnet"))
                .as("RoBERTa and SpanBERT (both 2019) cite each other").noneMatch(e -> e.matches("(roberta|spanbert) .* (roberta|spanbert)"));
    }

    @Test
    void statedLineageIsLeftAsItIs() {
        assertThat(TestNeo4j.number("MATCH ()-[r:EXTENDS|IMPROVES_ON|VARIANT_OF]->() RETURN count(r)", Map.of())).isEqualTo(3);
        assertThat(TestNeo4j.number("MATCH ()-[r:EXTENDS|IMPROVES_ON|VARIANT_OF]->() WHERE r.basis IS NOT NULL RETURN count(r)",
                Map.of())).isZero();
    }

    @Test
    void runningAgainChangesNothing() {
        List<Map<String, Object>> before = edges();

        Map<String, Map<String, Object>> summary = derivation.run(null);

        assertThat(summary.get("derive/020-inferred-lineage")).containsEntry("edges", 10L);
        assertThat(edges()).isEqualTo(before);
    }

    @Test
    void onlyPapersExtractedSinceAreReexaminedAndEdgesThatLostTheirEvidenceGo() {
        Instant later = LineageWorld.WRITTEN_AT.plusSeconds(3600);
        TestNeo4j.number("MATCH ()-[r:INFERRED_BUILDS_ON]->(:Method {key: 'graph convolutional networks'}) DELETE r RETURN count(*)", Map.of());
        // a re-extracted RoBERTa no longer cites BERT; the writer re-derives for it alone
        LineageWorld.writeAndDerive(later, List.of(LineageWorld.roberta(false)));

        assertThat(inferred()).noneMatch(e -> e.startsWith("roberta"))
                .as("GAT was not re-examined, so its deleted edges stay deleted")
                .noneMatch(e -> e.endsWith("graph convolutional networks"));

        derivation.run(LineageWorld.WRITTEN_AT);

        assertThat(inferred()).contains("graph attention networks -citation+task-> graph convolutional networks");
    }

    @Test
    void aMethodKeptOnlyByAStaleInferredEdgeGoesWithIt() {
        Instant later = LineageWorld.WRITTEN_AT.plusSeconds(60);
        // GATv2's paper is re-extracted without proposing anything: GATv2 keeps only its inferred edge
        LineageWorld.writeAndDerive(later, List.of(new PaperGraphBuilder(LineageWorld.GATV2, "How Attentive are Graph Attention Networks?", 2021)
                .addresses("graph regression").cites(LineageWorld.GAT).build()));

        assertThat(TestNeo4j.number("MATCH (m:Method {key: 'gatv2'}) RETURN count(m)", Map.of())).isZero();
    }

    /** Inferred edges as {@code from -basis-> to}, sorted. */
    private static List<String> inferred() {
        return TestNeo4j.list("""
                MATCH (a:Method)-[r:INFERRED_BUILDS_ON]->(b:Method)
                WITH a.key + ' -' + r.basis + '-> ' + b.key AS e ORDER BY e
                RETURN collect(e)""", Map.of()).stream().map(String::valueOf).toList();
    }

    private static List<Map<String, Object>> edges() {
        try (var s = TestNeo4j.driver().session()) {
            return s.run("""
                    MATCH (a)-[r:INFERRED_BUILDS_ON]->(b)
                    RETURN a.key AS a, b.key AS b, properties(r) AS props ORDER BY a, b, r.basis""").list(r -> r.asMap());
        }
    }
}
