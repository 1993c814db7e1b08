package org.paperkg.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.paperkg.graph.GraphReader;
import org.paperkg.graph.QueryCatalogue;
import org.paperkg.graph.QueryParameter;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The query catalogue: named read-only Cypher queries with their descriptions, run with parameters. */
@RestController
@RequestMapping("/api/queries")
@Tag(name = "queries")
class QueryController {

    /**
     * @param query     the query run
     * @param rows      its rows
     * @param truncated true when more rows were found than {@code paperkg.api.max-rows}
     */
    record QueryResult(String query, List<Map<String, Object>> rows, boolean truncated) {
    }

    /**
     * @param name        the query's name, as in {@code cypher/queries/<name>.cypher}
     * @param description what it answers (its header's purpose)
     * @param parameters  its parameters with type, default and example
     * @param returns     the columns it returns
     */
    record QueryDescription(String name, String description, List<QueryParameter> parameters, String returns) {
    }

    private final QueryCatalogue catalogue;
    private final GraphReader graph;
    private final ApiProperties props;

    QueryController(QueryCatalogue catalogue, GraphReader graph, ApiProperties props) {
        this.catalogue = catalogue;
        this.graph = graph;
        this.props = props;
    }

    @Operation(summary = "The catalogue: every query's name, description (its header comment) and parameters")
    @GetMapping
    List<QueryDescription> list() {
        return catalogue.queries().stream()
                .map(q -> new QueryDescription(q.name(), q.purpose(), q.parameters(), q.returns())).toList();
    }

    @Operation(summary = "Runs one query, read-only, with its parameters from the query string",
            description = "Each value is converted to the parameter's declared type (see the catalogue); a list "
                    + "is comma-separated (?papers=a,b) or the parameter given twice.")
    @GetMapping("/{name}")
    QueryResult run(@PathVariable String name, @RequestParam MultiValueMap<String, String> params) {
        Map<String, Object> values = new LinkedHashMap<>();
        // strings as given: the catalogue converts each to its parameter's declared type
        params.forEach((k, v) -> values.put(k, v.size() == 1 ? v.get(0) : List.copyOf(v)));
        List<Map<String, Object>> rows = catalogue.run(graph, name, values);
        boolean truncated = rows.size() > props.maxRows();
        return new QueryResult(name, truncated ? rows.subList(0, props.maxRows()) : rows, truncated);
    }
}
