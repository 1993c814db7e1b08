package org.paperkg.graph;

import java.util.List;
import java.util.Optional;

/**
 * A named, read-only query of the catalogue ({@code cypher/queries/<name>.cypher}) with what its header
 * says about it.
 *
 * @param name       the file name without {@code .cypher}, e.g. {@code method-ancestry}
 * @param purpose    what it answers
 * @param parameters its parameters, in header order
 * @param returns    the columns it returns, as the header describes them
 */
public record CatalogueQuery(String name, String purpose, List<QueryParameter> parameters, String returns) {

    public CatalogueQuery {
        parameters = List.copyOf(parameters);
    }

    /** The statement's name for {@link GraphReader#query}. */
    public String statement() {
        return QueryCatalogue.FOLDER + "/" + name;
    }

    /** The parameter of that name, if declared. */
    public Optional<QueryParameter> parameter(String parameterName) {
        return parameters.stream().filter(p -> p.name().equals(parameterName)).findFirst();
    }
}
