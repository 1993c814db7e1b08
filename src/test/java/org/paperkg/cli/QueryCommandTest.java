package org.paperkg.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.paperkg.graph.CypherCatalog;
import org.paperkg.graph.GraphReader;
import org.paperkg.graph.LineageWorld;
import org.paperkg.graph.Neo4jGraphReader;
import org.paperkg.graph.QueryCatalogue;
import org.paperkg.graph.TestNeo4j;
import org.springframework.beans.factory.support.StaticListableBeanFactory;
import picocli.CommandLine;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** {@code query} on the seeded lineage graph: list, table, JSON, and usage errors with exit code 2. */
class QueryCommandTest {

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    @BeforeAll
    static void seed() {
        LineageWorld.write();
    }

    private int run(String... args) {
        GraphReader reader = new Neo4jGraphReader(TestNeo4j.driver(), new CypherCatalog());
        var graph = new StaticListableBeanFactory(Map.of("reader", reader)).getBeanProvider(GraphReader.class);
        return new CommandLine(new QueryCommand(new QueryCatalogue(), graph))
                .setOut(new PrintWriter(out)).setErr(new PrintWriter(err)).execute(args);
    }

    @Test
    void withoutANameItListsTheQueriesWithExampleParameters() {
        assertThat(run()).isZero();
        assertThat(out.toString()).contains("method-ancestry", "--param method=BERT  (string, required)",
                "--param depth=3  (int, default 5)", "papers-in-common", "task-method-evolution");
    }

    @Test
    void printsTheRowsAsATable() {
        assertThat(run("method-ancestry", "--param", "method=spanbert")).isZero();
        List<String> lines = out.toString().lines().toList();
        assertThat(lines.get(0)).startsWith("method").contains("ancestor", "year", "hops", "lineage", "chain");
        assertThat(lines.get(1)).matches("[- ]+");
        assertThat(lines.get(3)).contains("Transformer", "2017", "stated",
                "SpanBERT (2019) -IMPROVES_ON-> BERT (2018) -EXTENDS-> Transformer (2017)");
        assertThat(lines.get(4)).isEqualTo("2 rows");
    }

    @Test
    void printsTheRowsAsJson() {
        assertThat(run("best-result-progression", "-p", "dataset=SQuAD", "-p", "metric=F1", "--json")).isZero();
        List<Map<String, Object>> rows = JsonMapper.builder().build().readValue(out.toString(), new TypeReference<>() { });
        assertThat(rows).hasSize(4);
        assertThat(rows.get(1)).containsEntry("method", "RoBERTa").containsEntry("newBest", true).containsEntry("year", 2019);
    }

    @Test
    void anUnknownQueryOrParameterIsAUsageError() {
        assertThat(run("method-ancestor")).isEqualTo(2);
        assertThat(err.toString()).contains("no query named 'method-ancestor'", "method-ancestry");
        assertThat(run("method-ancestry", "--param", "method=BERT", "--param", "depth=deep")).isEqualTo(2);
        assertThat(err.toString()).contains("parameter depth", "not 'deep'");
        assertThat(run("method-ancestry")).isEqualTo(2);
        assertThat(err.toString()).contains("needs parameter method");
    }
}
