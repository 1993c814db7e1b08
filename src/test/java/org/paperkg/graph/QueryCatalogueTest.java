package org.paperkg.graph;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.summary.QueryType;

/** The catalogue's files: readable headers, parameters declared as used, read-only, typed parameters. */
class QueryCatalogueTest {

    private static final Pattern PARAMETER = Pattern.compile("\\$(\\w+)");
    private final CypherCatalog cypher = new CypherCatalog();
    private final QueryCatalogue catalogue = new QueryCatalogue(cypher);

    @Test
    void listsEveryLineageQueryWithItsPurposeAndExampleParameters() {
        assertThat(catalogue.queries()).extracting(CatalogueQuery::name).containsExactly(
                "best-result-progression", "method-ancestry", "method-descendants", "method-family-datasets",
                "most-compared-methods", "most-extended-methods", "papers-in-common", "task-method-evolution");
        CatalogueQuery ancestry = catalogue.find("method-ancestry").orElseThrow();
        assertThat(ancestry.purpose()).startsWith("Ancestors of a method").contains("inferred hops");
        assertThat(ancestry.parameters()).extracting(QueryParameter::name).containsExactly("method", "depth", "inferred");
        QueryParameter method = ancestry.parameter("method").orElseThrow();
        assertThat(method.required()).isTrue();
        assertThat(method.example()).isEqualTo("BERT");
        assertThat(ancestry.parameter("depth").orElseThrow().defaultValue()).isEqualTo("5");
        assertThat(catalogue.find("papers-in-common").orElseThrow().parameter("papers").orElseThrow().example())
                .as("a quoted example keeps its commas").isEqualTo("arxiv:1810.04805,arxiv:1907.11692,arxiv:1909.11942");
        assertThat(catalogue.queries()).allSatisfy(q -> assertThat(q.returns()).isNotBlank());
    }

    @Test
    void everyParameterAQueryUsesIsDeclaredAndEveryDeclaredOneIsUsed() {
        for (CatalogueQuery q : catalogue.queries()) {
            String body = cypher.get(q.statement()).lines().filter(l -> !l.strip().startsWith("//"))
                    .collect(Collectors.joining("\n"));
            Set<String> used = new TreeSet<>();
            Matcher m = PARAMETER.matcher(body);
            while (m.find()) {
                used.add(m.group(1));
            }
            assertThat(used).as(q.name()).isEqualTo(q.parameters().stream().map(QueryParameter::name)
                    .collect(Collectors.toCollection(TreeSet::new)));
        }
    }

    @Test
    void everyQueryIsReadOnlyAndPlansWithItsExampleValues() {
        for (CatalogueQuery q : catalogue.queries()) {
            Map<String, Object> examples = catalogue.parameters(q.name(), q.parameters().stream()
                    .collect(Collectors.toMap(QueryParameter::name, QueryParameter::example)));
            try (var session = TestNeo4j.driver().session()) {
                QueryType type = session.run("EXPLAIN " + cypher.get(q.statement()), examples).consume().queryType();
                assertThat(type).as(q.name()).isEqualTo(QueryType.READ_ONLY);
            }
        }
    }

    @Test
    void givenTextIsConvertedToTheDeclaredTypesAndDefaultsFillTheRest() {
        Map<String, Object> p = catalogue.parameters("method-ancestry", Map.of("method", "GAT", "depth", "3"));
        assertThat(p).containsExactly(Map.entry("method", "GAT"), Map.entry("depth", 3L), Map.entry("inferred", true));
        assertThat(catalogue.parameters("papers-in-common", Map.of("papers", "arxiv:1, arxiv:2,", "min", 3)))
                .containsEntry("papers", List.of("arxiv:1", "arxiv:2")).containsEntry("min", 3L);
        assertThat(catalogue.parameters("best-result-progression",
                Map.of("dataset", "SQuAD", "metric", "F1", "higherIsBetter", false))).containsEntry("higherIsBetter", false);
    }

    @Test
    void badParametersFailNamingTheParameterAndWhy() {
        assertThatThrownBy(() -> catalogue.parameters("method-ancestry", Map.of()))
                .isInstanceOf(QueryParameterException.class).hasMessageContaining("needs parameter method")
                .hasMessageContaining("e.g. BERT");
        assertThatThrownBy(() -> catalogue.parameters("method-ancestry", Map.of("method", "GAT", "dept", "3")))
                .isInstanceOf(QueryParameterException.class).hasMessageContaining("no parameter dept")
                .hasMessageContaining("method, depth, inferred");
        assertThatThrownBy(() -> catalogue.parameters("method-ancestry", Map.of("method", "GAT", "depth", "three")))
                .isInstanceOf(QueryParameterException.class).hasMessageContaining("parameter depth")
                .hasMessageContaining("not 'three'");
        assertThatThrownBy(() -> catalogue.parameters("method-ancestry", Map.of("method", "GAT", "inferred", "yes")))
                .isInstanceOf(QueryParameterException.class).hasMessageContaining("true or false");
        assertThatThrownBy(() -> catalogue.parameters("method-ancestor", Map.of()))
                .isInstanceOf(UnknownQueryException.class).hasMessageContaining("method-ancestry");
    }

    @Test
    void aMalformedHeaderIsReportedWithTheFileAndTheLine() {
        assertThatThrownBy(() -> QueryHeader.parse("x", "// Purpose: p\n// Param a (number, example 1): a\nRETURN $a"))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("cypher/queries/x.cypher")
                .hasMessageContaining("unknown type number");
        assertThatThrownBy(() -> QueryHeader.parse("x", "// Purpose: p\n// Param a (int): a\nRETURN $a"))
                .hasMessageContaining("no example");
        assertThatThrownBy(() -> QueryHeader.parse("x", "// Param a (int, example 1): a\nRETURN $a"))
                .hasMessageContaining("no '// Purpose:' line");
    }
}
