package org.paperkg.graph;

import static org.assertj.core.api.Assertions.assertThat;
import static org.paperkg.graph.GraphFixtures.entity;
import static org.paperkg.graph.GraphFixtures.paper;
import static org.paperkg.graph.GraphFixtures.seed;
import static org.paperkg.graph.GraphFixtures.using;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.paperkg.resolve.Citation;
import org.paperkg.resolve.EntityLabel;
import org.paperkg.resolve.PaperGraph;

class Neo4jGraphWriterTest {

    private final Neo4jGraphWriter writer = new Neo4jGraphWriter(TestNeo4j.driver(), new CypherCatalog(), 50,
            Clock.fixed(Instant.parse("2026-01-01T00:00:00Z"), ZoneOffset.UTC));

    @BeforeEach
    void clean() {
        TestNeo4j.clean();
    }

    @Test
    void writesTheWorkedExampleWithProvenance() {
        WriteReport report = writer.write(List.of(seed()));

        assertThat(report.written()).containsExactly("sha256:seed");
        assertThat(report.failed()).isEmpty();
        long linked = TestNeo4j.number("""
                MATCH (p:Paper)-[r:PROPOSES]->(m:Method {name: 'GAT-DTA'}),
                      (p)-[:INTRODUCES]->(d:Dataset {key: 'druginteract-v1'}),
                      (p)-[:REPORTS]->(res:Result)-[:OF]->(m), (res)-[:ON]->(d), (res)-[:MEASURED_BY]->(:Metric {key: 'auroc'})
                WHERE r.evidence = $evidence AND r.extractor = 'offline-v0' AND r.promptVersion = 'v0-test'
                  AND r.at = '2026-01-01T00:00:00Z' AND res.value = '+5.7%' AND res.number = 5.7
                RETURN count(*) AS n""", Map.of("evidence", "我们提出GAT-DTA。"));
        assertThat(linked).isEqualTo(1);
        assertThat(TestNeo4j.text("MATCH (:Method {key:'gat-dta'})-[r:EXTENDS]->(:Method {key:'gat'}) RETURN r.paper AS p", Map.of())).isEqualTo("sha256:seed");
    }

    @Test
    void writingTheSamePapersTwiceLeavesTheGraphAsItWas() {
        PaperGraph other = using(paper("doi:10.1/b", "Other", 2020, "10.1/b"), entity(EntityLabel.Method, "gat", "GAT"),
                new Citation("ref:x|2019", "Cited Work", 2019, null, null, "citedwork"));
        writer.write(List.of(seed(), other));
        long[] first = TestNeo4j.counts();

        writer.write(List.of(seed(), other));

        assertThat(TestNeo4j.counts()).containsExactly(first);
    }

    @Test
    void aRewriteReplacesWhatThePaperStatedBefore() {
        PaperGraph before = using(paper("doi:10.1/a", "A", 2020, "10.1/a"), entity(EntityLabel.Method, "lstm", "LSTM"));
        PaperGraph after = using(paper("doi:10.1/a", "A", 2020, "10.1/a"), entity(EntityLabel.Method, "gru", "GRU"));
        writer.write(List.of(before));

        writer.write(List.of(after));

        assertThat(TestNeo4j.list("MATCH (m:Method) RETURN collect(m.key) AS k", Map.of()))
                .containsExactly("gru");
    }

    @Test
    void aStubFromACitationIsFilledWhenThePaperArrives() {
        PaperGraph citing = using(paper("doi:10.1/a", "A", 2021, "10.1/a"), entity(EntityLabel.Method, "gat", "GAT"),
                new Citation("ref:graphattentionnetworks|2018", "Graph Attention Networks", 2018, null, null,
                        "graphattentionnetworks"));
        writer.write(List.of(citing));
        assertThat(stubs()).isEqualTo(1);

        writer.write(List.of(using(paper("arxiv:1710.10903", "Graph Attention Networks", 2018, null),
                entity(EntityLabel.Method, "gat", "GAT"))));

        assertThat(stubs()).isZero();
        assertThat(TestNeo4j.text("MATCH (:Paper {id:'doi:10.1/a'})-[:CITES]->(p:Paper) RETURN p.id AS id", Map.of())).isEqualTo("arxiv:1710.10903");
    }

    @Test
    void aCitationOfAStoredPaperLinksToItInsteadOfAStub() {
        writer.write(List.of(using(paper("doi:10.1/cited", "Cited", 2018, "10.1/cited"),
                entity(EntityLabel.Method, "gat", "GAT"))));

        writer.write(List.of(using(paper("doi:10.1/a", "A", 2021, "10.1/a"), entity(EntityLabel.Method, "gat", "GAT"),
                new Citation("doi:10.1/cited", "Cited", 2018, "10.1/cited", null, "cited"))));

        assertThat(stubs()).isZero();
        assertThat(TestNeo4j.number("MATCH (:Paper)-[c:CITES]->(:Paper {id:'doi:10.1/cited'}) RETURN count(c) AS n", Map.of())).isEqualTo(1);
    }

    @Test
    void aLongFormStoredFirstIsAbsorbedByTheEntityThatNamesIt() {
        writer.write(List.of(using(paper("doi:10.1/a", "A", 2020, "10.1/a"),
                entity(EntityLabel.Method, "graph attention network", "graph attention network"))));

        writer.write(List.of(using(paper("doi:10.1/b", "B", 2021, "10.1/b"),
                entity(EntityLabel.Method, "gat", "GAT", "graph attention network"))));

        assertThat(TestNeo4j.list("MATCH (m:Method) RETURN collect(m.key) AS k", Map.of()))
                .containsExactly("gat");
        assertThat(TestNeo4j.number("MATCH (p:Paper)-[:USES]->(:Method {key:'gat'}) RETURN count(p) AS n", Map.of())).isEqualTo(2);
        assertThat(TestNeo4j.list("MATCH (m:Method {key:'gat'}) RETURN m.aliases AS a", Map.of()))
                .contains("GAT", "graph attention network");
    }

    private static long stubs() {
        return TestNeo4j.number("MATCH (p:Paper {stub: true}) RETURN count(p) AS n", Map.of());
    }
}
