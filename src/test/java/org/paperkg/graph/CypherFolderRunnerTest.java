package org.paperkg.graph;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Folders of statements run file by file, each in its own transaction; and the shipped derive statements. */
class CypherFolderRunnerTest {

    private final CypherFolderRunner runner = new CypherFolderRunner(TestNeo4j.driver(), new CypherCatalog());

    @BeforeEach
    void clean() {
        TestNeo4j.clean();
    }

    @Test
    void filesRunInNameOrderEachInItsOwnTransactionAndAFailureRollsBackOnlyItsFile() {
        TestNeo4j.number("""
                CREATE (:Paper {id: 'p1', extractedAt: '2026-11-28T10:00:00Z'}),
                       (:Paper {id: 'p2', extractedAt: '2026-11-01T10:00:00Z'}) RETURN 1""", Map.of());

        List<CypherFolderRunner.FileResult> results = runner.run("test-derive", Map.of("since", "2026-11-15T00:00:00.000Z"));

        assertThat(results).extracting(CypherFolderRunner.FileResult::name)
                .containsExactly("test-derive/a-mark", "test-derive/b-broken", "test-derive/c-link");
        assertThat(results.get(0).counts()).containsEntry("propertiesSet", 2L);
        assertThat(results.get(0).error()).isNull();
        assertThat(results.get(1).error()).containsIgnoringCase("by zero");
        assertThat(results.get(2).counts()).containsEntry("relationshipsCreated", 1L);
        assertThat(TestNeo4j.number("MATCH (p:Paper) WHERE p.seenTwice RETURN count(p)", Map.of())).isEqualTo(1);
        assertThat(TestNeo4j.number("MATCH (p:Paper) WHERE p.broken RETURN count(p)", Map.of()))
                .as("the failing file's first statement rolled back with it").isZero();
    }

    @Test
    void statementsSplitAtSemicolonsThatEndALine() {
        assertThat(CypherFolderRunner.statements("// head\nMATCH (n) SET n.a = ';';\n// between\nRETURN 1;  \n"))
                .containsExactly("// head\nMATCH (n) SET n.a = ';'", "// between\nRETURN 1");
        assertThat(CypherFolderRunner.statements("RETURN 1")).containsExactly("RETURN 1");
    }

    @Test
    void citationMatchingMovesCitationsFromAStubToTheRealPaperAddedSinceTheLastRun() {
        TestNeo4j.number("""
                CREATE (real:Paper {id: 'doi:10.1/gcn', doi: '10.1/gcn', title: 'GCN', titleKey: 'gcn', year: 2017,
                                    extractedAt: '2026-11-28T10:00:00Z'}),
                       (stubByDoi:Paper {id: 'ref:gcn|2017', doi: '10.1/gcn', stub: true}),
                       (stubByTitle:Paper {id: 'ref:gcn|', titleKey: 'gcn', stub: true}),
                       (otherYear:Paper {id: 'ref:gcn|2001', titleKey: 'gcn', year: 2001, stub: true}),
                       (a:Paper {id: 'a', extractedAt: '2026-11-01T00:00:00Z'}),
                       (b:Paper {id: 'b', extractedAt: '2026-11-01T00:00:00Z'}),
                       (a)-[:CITES {paper: 'a'}]->(stubByDoi), (b)-[:CITES {paper: 'b'}]->(stubByTitle),
                       (a)-[:CITES {paper: 'a'}]->(otherYear),
                       (old:Paper {id: 'doi:10.1/old', doi: '10.1/old', extractedAt: '2026-10-01T00:00:00Z'}),
                       (oldStub:Paper {id: 'ref:old', doi: '10.1/old', stub: true}), (b)-[:CITES]->(oldStub)
                RETURN 1""", Map.of());

        List<CypherFolderRunner.FileResult> results = runner.run("derive", Map.of("since", "2026-11-15T00:00:00.000Z"));

        assertThat(results).extracting(CypherFolderRunner.FileResult::error).containsOnlyNulls();
        assertThat(TestNeo4j.list("MATCH (c:Paper)-[r:CITES]->(:Paper {id: 'doi:10.1/gcn'}) RETURN collect(c.id + '/' + r.paper)",
                Map.of())).containsExactlyInAnyOrder("a/a", "b/b");
        assertThat(TestNeo4j.number("MATCH (s:Paper) WHERE s.id IN ['ref:gcn|2017', 'ref:gcn|'] RETURN count(s)", Map.of()))
                .isZero();
        assertThat(TestNeo4j.number("MATCH (:Paper {id: 'a'})-[:CITES]->(s:Paper {id: 'ref:gcn|2001'}) RETURN count(s)",
                Map.of())).as("a stub of another year is another paper").isEqualTo(1);
        assertThat(TestNeo4j.number("MATCH (:Paper {id: 'b'})-[:CITES]->(s:Paper {id: 'ref:old'}) RETURN count(s)", Map.of()))
                .as("papers written before $since are not looked at").isEqualTo(1);
    }
}
