package org.paperkg.cli;

import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.paperkg.graph.CatalogueQuery;
import org.paperkg.graph.GraphReader;
import org.paperkg.graph.QueryCatalogue;
import org.paperkg.graph.QueryParameter;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code query [NAME] [--param k=v]... [--json]}: runs a named query of the lineage catalogue
 * ({@code cypher/queries/}) and prints its rows as a table or JSON; with no name, lists the queries with
 * their parameters and example values.
 */
@Component
@Command(name = "query", mixinStandardHelpOptions = true,
        description = "Run a named lineage query (method ancestry, evolution of a task, best results, ...); "
                + "with no name, list the queries and their parameters.",
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:the query ran (or the list was printed)", "1:the graph could not answer",
            "2:unknown query or bad parameters"})
class QueryCommand implements Callable<Integer> {

    @Parameters(arity = "0..1", paramLabel = "NAME", description = "the query to run, e.g. method-ancestry")
    String name;

    @Option(names = {"-p", "--param"}, paramLabel = "KEY=VALUE",
            description = "a parameter, e.g. --param method=BERT (lists: a,b,c)")
    Map<String, String> params = new LinkedHashMap<>();

    @Option(names = "--json", description = "print the rows as JSON instead of a table")
    boolean json;

    @Spec
    CommandSpec spec;

    private final QueryCatalogue catalogue;
    private final ObjectProvider<GraphReader> graph;

    QueryCommand(QueryCatalogue catalogue, ObjectProvider<GraphReader> graph) {
        this.catalogue = catalogue;
        this.graph = graph;
    }

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (name == null) {
            out.print(list(catalogue.queries()));
            out.flush();
            return 0;
        }
        List<Map<String, Object>> rows;
        try {
            rows = catalogue.run(graph.getObject(), name, params);
        } catch (IllegalArgumentException e) {
            err.println("query: " + e.getMessage());
            err.flush();
            return 2;
        } catch (RuntimeException e) {
            // the driver's exceptions stay inside the graph package; any failure here is the graph's answer
            err.println("query " + name + ": the graph could not answer: " + e.getMessage());
            err.flush();
            return 1;
        }
        out.print(json ? JsonMapper.builder().build().writerWithDefaultPrettyPrinter().writeValueAsString(rows) + "\n"
                : ResultTable.format(rows));
        out.flush();
        return 0;
    }

    /** The catalogue as help text: each query, its purpose and its parameters with example values. */
    static String list(List<CatalogueQuery> queries) {
        StringBuilder s = new StringBuilder("Queries (run: query NAME --param KEY=VALUE ...):\n");
        for (CatalogueQuery q : queries) {
            s.append('\n').append(q.name()).append("\n  ").append(q.purpose()).append('\n');
            for (QueryParameter p : q.parameters()) {
                s.append("  --param ").append(p.name()).append('=').append(p.example()).append("  (")
                        .append(p.type().label()).append(p.required() ? ", required" : ", default " + p.defaultValue())
                        .append(") ").append(p.description()).append('\n');
            }
            if (!q.returns().isEmpty()) {
                s.append("  returns: ").append(q.returns()).append('\n');
            }
        }
        return s.toString();
    }
}
