package org.paperkg.graph;

import java.util.List;

/**
 * One statement of the query catalogue ({@code cypher/queries/<name>.cypher}).
 *
 * @param name        its name, as used in {@code GET /api/queries/{name}}
 * @param description its header comment: purpose and parameters
 * @param parameters  the parameters it takes ({@code $name}s in the statement)
 */
public record QueryInfo(String name, String description, List<String> parameters) {
    public QueryInfo {
        parameters = List.copyOf(parameters);
    }
}
