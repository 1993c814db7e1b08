package org.paperkg.graph;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The query catalogue: listing with headers and parameters, running by name, plain results. */
class QueryCatalogTest {

    private static final CypherCatalog CYPHER = new CypherCatalog();
    private static final QueryCatalog CATALOG = new QueryCatalog(CYPHER, new Neo4jGraphReader(TestNeo4j.driver(), CYPHER),
            "test-queries");

    @BeforeAll
    static void seed() {
        TestNeo4j.clean();
        TestNeo4j.number("""
                CREATE (a:Paper {id: 'a', title: 'Attention', year: 2017}), (b:Paper {id: 'b', title: 'BERT', year: 2018}),
                       (c:Paper {id: 'c', title: 'Capsules', year: 2017}), (b)-[:CITES {paper: 'b'}]->(a)
                RETURN 1""", Map.of());
    }

    @Test
    void listsEveryQueryWithItsHeaderAndParameters() {
        assertThat(CATALOG.list()).extracting(QueryInfo::name).containsExactly("papers-by-year", "path-between");
        QueryInfo byYear = CATALOG.find("papers-by-year").orElseThrow();
        assertThat(byYear.description()).isEqualTo("Papers of one year, by title.\nParameters: $year (integer), $limit.");
        assertThat(byYear.parameters()).containsExactly("limit", "year");
    }

    @Test
    void runsAQueryAndGivesNodesAsPlainMaps() {
        List<Map<String, Object>> rows = CATALOG.run("papers-by-year", Map.of("year", 2017L, "limit", 10L));

        assertThat(rows).extracting(r -> r.get("title")).containsExactly("Attention", "Capsules");
        @SuppressWarnings("unchecked")
        Map<String, Object> paper = (Map<String, Object>) rows.get(0).get("paper");
        assertThat(paper).containsEntry("id", "a").containsEntry("year", 2017L).containsEntry("_labels", List.of("Paper"));
    }

    @Test
    void pathsAndTemporalValuesBecomePlainToo() {
        Map<String, Object> row = CATALOG.run("path-between", Map.of("from", "b", "to", "a")).get(0);

        assertThat(row.get("hops")).isEqualTo(1L);
        assertThat(row.get("at")).isEqualTo("2024-05-01T00:00Z");
        assertThat((List<?>) row.get("path")).hasSize(3).element(1).isEqualTo(Map.of("paper", "b", "_type", "CITES"));
    }

    @Test
    void unknownQueriesAndWrongParametersAreNamed() {
        assertThatThrownBy(() -> CATALOG.run("nope", Map.of())).isInstanceOf(NoSuchElementException.class)
                .hasMessageContaining("'nope'");
        assertThatThrownBy(() -> CATALOG.run("papers-by-year", Map.of("year", 2017L)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("needs parameter 'limit'");
        assertThatThrownBy(() -> CATALOG.run("papers-by-year", Map.of("year", 2017L, "limit", 1L, "x", 1L)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("no parameter 'x'");
    }

    @Test
    void aCatalogueQueryCannotWrite() {
        assertThatThrownBy(() -> new Neo4jGraphReader(TestNeo4j.driver(), CYPHER).query("test-derive/c-link", Map.of()))
                .hasMessageContaining("read");
    }
}
