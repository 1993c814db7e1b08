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
import org.neo4j.driver.Driver;
import org.paperkg.resolve.Citation;
import org.paperkg.resolve.EntityLabel;
import org.paperkg.resolve.PaperGraph;

/**
 * What the graph writer must do, on any real Neo4j: the harness here, a {@code neo4j:5.26} container in
 * {@link Neo4jGraphWriterContainerTest}.
 */
abstract class GraphWriterContract {

    /** The database under test, with the product's schema applied. */
    abstract Driver driver();

    private Neo4jGraphWriter writer;
    private GraphProbe db;

    @BeforeEach
    void clean() {
        db = new GraphProbe(driver());
        db.clean();
        writer = new Neo4jGraphWriter(driver(), new CypherCatalog(), 50,
                Clock.fixed(Instant.parse("2026-01-01T00:00:00Z"), ZoneOffset.UTC));
    }

    @Test
    void writesTheWorkedExampleWithProvenance() {
        WriteReport report = writer.write(List.of(seed()));

        assertThat(report.written()).containsExactly("sha256:seed");
        assertThat(report.failed()).isEmpty();
        long linked = db.number("""
                MATCH (p:Paper)-[r:PROPOSES]->(m:Method {name: 'GAT-DTA'}),
                      (p)-[:INTRODUCES]->(d:Dataset {key: 'druginteract-v1'}),
                      (p)-[:REPORTS]->(res:Result)-[:OF]->(m), (res)-[:ON]->(d), (res)-[:MEASURED_BY]->(:Metric {key: 'auroc'})
                WHERE r.evidence = $evidence AND r.extractor = 'offline-v0' AND r.promptVersion = 'v0-test'
                  AND r.at = '2026-01-01T00:00:00Z' AND res.value = '+5.7%' AND res.number = 5.7
                RETURN count(*) AS n""", Map.of("evidence", "我们提出GAT-DTA。"));
        assertThat(linked).isEqualTo(1);
        assertThat(db.text("MATCH (:Method {key:'gat-dta'})-[r:EXTENDS]->(:Method {key:'gat'}) RETURN r.paper AS p", Map.of())).isEqualTo("sha256:seed");
    }

    @Test
    void writingTheSamePapersTwiceLeavesTheGraphAsItWas() {
        PaperGraph other = using(paper("doi:10.1/b", "Other", 2020, "10.1/b"), entity(EntityLabel.Method, "gat", "GAT"),
                new Citation("ref:x|2019", "Cited Work", 2019, null, null, "citedwork"));
        writer.write(List.of(seed(), other));
        long[] first = db.counts();

        writer.write(List.of(seed(), other));

        assertThat(db.counts()).containsExactly(first);
    }

    @Test
    void aRewriteReplacesWhatThePaperStatedBefore() {
        PaperGraph before = using(paper("doi:10.1/a", "A", 2020, "10.1/a"), entity(EntityLabel.Method, "lstm", "LSTM"));
        PaperGraph after = using(paper("doi:10.1/a", "A", 2020, "10.1/a"), entity(EntityLabel.Method, "gru", "GRU"));
        writer.write(List.of(before));

        writer.write(List.of(after));

        assertThat(db.list("MATCH (m:Method) RETURN collect(m.key) AS k", Map.of()))
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
        assertThat(db.text("MATCH (:Paper {id:'doi:10.1/a'})-[:CITES]->(p:Paper) RETURN p.id AS id", Map.of())).isEqualTo("arxiv:1710.10903");
    }

    @Test
    void aCitationOfAStoredPaperLinksToItInsteadOfAStub() {
        writer.write(List.of(using(paper("doi:10.1/cited", "Cited", 2018, "10.1/cited"),
                entity(EntityLabel.Method, "gat", "GAT"))));

        writer.write(List.of(using(paper("doi:10.1/a", "A", 2021, "10.1/a"), entity(EntityLabel.Method, "gat", "GAT"),
                new Citation("doi:10.1/cited", "Cited", 2018, "10.1/cited", null, "cited"))));

        assertThat(stubs()).isZero();
        assertThat(db.number("MATCH (:Paper)-[c:CITES]->(:Paper {id:'doi:10.1/cited'}) RETURN count(c) AS n", Map.of())).isEqualTo(1);
    }

    @Test
    void aLongFormStoredFirstIsAbsorbedByTheEntityThatNamesIt() {
        writer.write(List.of(using(paper("doi:10.1/a", "A", 2020, "10.1/a"),
                entity(EntityLabel.Method, "graph attention network", "graph attention network"))));

        writer.write(List.of(using(paper("doi:10.1/b", "B", 2021, "10.1/b"),
                entity(EntityLabel.Method, "gat", "GAT", "graph attention network"))));

        assertThat(db.list("MATCH (m:Method) RETURN collect(m.key) AS k", Map.of()))
                .containsExactly("gat");
        assertThat(db.number("MATCH (p:Paper)-[:USES]->(:Method {key:'gat'}) RETURN count(p) AS n", Map.of())).isEqualTo(2);
        assertThat(db.list("MATCH (m:Method {key:'gat'}) RETURN m.aliases AS a", Map.of()))
                .contains("GAT", "graph attention network");
    }

    private long stubs() {
        return db.number("MATCH (p:Paper {stub: true}) RETURN count(p) AS n", Map.of());
    }
}
