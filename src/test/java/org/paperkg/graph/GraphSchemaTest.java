package org.paperkg.graph;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.Driver;
import org.paperkg.resolve.PaperGraph;

class GraphSchemaTest {

    private static final CypherCatalog CYPHER = new CypherCatalog();

    private final Driver driver = TestNeo4j.driver();

    @BeforeEach
    void clean() {
        TestNeo4j.clean();
    }

    @Test
    void fullTextIndexesAreUpdatedAfterCommitNotInIt() {
        try (var session = driver.session()) {
            List<String> eventual = session.run("SHOW FULLTEXT INDEXES YIELD name, options "
                    + "WHERE options.indexConfig['fulltext.eventually_consistent'] RETURN name ORDER BY name")
                    .list(r -> r.get("name").asString());
            assertThat(eventual).containsExactly("entity_names", "paper_text");
        }
    }

    @Test
    void searchFindsWhatWasWrittenJustBefore() {
        List<PaperGraph> papers = SyntheticPapers.make(0, 50, 3);
        new Neo4jGraphWriter(driver, CYPHER, 100, Clock.systemUTC()).write(papers);
        var found = new Neo4jGraphReader(driver, CYPHER).query("read/search",
                Map.of("query", "\"Benchmark paper 49\"", "limit", 5));
        assertThat(found).extracting(row -> row.get("id")).contains(papers.get(49).paper().id());
    }
}
