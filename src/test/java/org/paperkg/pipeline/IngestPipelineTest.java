package org.paperkg.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.paperkg.graph.Outcome;
import org.paperkg.graph.TestNeo4j;

/** The whole ingest of the shipped samples on a real Neo4j. */
class IngestPipelineTest {

    private static final Path SAMPLES = Path.of("samples", "papers");
    private static IngestPipeline pipeline;
    private static IngestReport first;

    @BeforeAll
    static void ingestSamples() {
        TestNeo4j.clean();
        pipeline = PipelineFixture.pipeline();
        first = pipeline.ingest(List.of(SAMPLES), IngestListener.NONE);
    }

    @AfterAll
    static void close() {
        pipeline.close();
    }

    @Test
    void everySampleIsIngested() {
        assertThat(first.problems()).isEmpty();
        assertThat(first.count(Outcome.INGESTED)).isEqualTo(first.papers()).isGreaterThan(70);
    }

    @Test
    void theWorkedExampleIsInTheGraph() {
        long n = TestNeo4j.number("""
                MATCH (p:Paper)-[:PROPOSES]->(m:Method {name: 'GAT-DTA'}),
                      (p)-[:INTRODUCES]->(d:Dataset {name: 'DrugInteract-v1'}),
                      (p)-[:REPORTS]->(r:Result {value: $value})-[:MEASURED_BY]->(:Metric {name: 'AUROC'})
                RETURN count(*)""", Map.of("value", "5.7%"));
        long signed = TestNeo4j.number("""
                MATCH (:Method {name: 'GAT-DTA'})<-[:PROPOSES]-(p:Paper)-[:REPORTS]->(r:Result)
                WHERE r.value CONTAINS '5.7' RETURN count(*)""", Map.of());
        assertThat(n + signed).isPositive();
        assertThat(TestNeo4j.number("""
                MATCH (:Method {name: 'GAT-DTA'})<-[:PROPOSES]-(:Paper)-[:INTRODUCES]->(:Dataset {name: 'DrugInteract-v1'})
                RETURN count(*)""", Map.of())).isEqualTo(1);
    }

    @Test
    void anUnchangedCorpusIsSkippedAndTheGraphStaysTheSame() {
        long[] before = TestNeo4j.counts();

        IngestReport again = pipeline.ingest(List.of(SAMPLES), IngestListener.NONE);

        assertThat(again.count(Outcome.INGESTED)).isZero();
        assertThat(again.count(Outcome.SKIPPED)).isEqualTo(first.files());
        assertThat(TestNeo4j.counts()).containsExactly(before);
    }

    @Test
    void writingEverythingAgainLeavesTheGraphAsItWas() {
        long[] before = graphCounts();
        PipelineFixture.forgetLedger();

        IngestReport again = pipeline.ingest(List.of(SAMPLES), IngestListener.NONE);

        assertThat(again.count(Outcome.INGESTED)).isEqualTo(first.count(Outcome.INGESTED));
        assertThat(graphCounts()).containsExactly(before);
    }

    /** Counts of everything but the ledger. */
    private static long[] graphCounts() {
        return new long[] {
            TestNeo4j.number("MATCH (n) WHERE NOT n:IngestRecord AND NOT n:__Neo4jMigration RETURN count(n)", Map.of()),
            TestNeo4j.number("MATCH ()-[r]->() WHERE NOT type(r) STARTS WITH 'MIGRATED' RETURN count(r)", Map.of())};
    }
}
