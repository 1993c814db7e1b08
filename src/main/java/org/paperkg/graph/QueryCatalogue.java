package org.paperkg.graph;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;

/**
 * The named lineage queries: every {@code cypher/queries/*.cypher} file on the classpath, with the
 * purpose and parameters its header declares. The command line ({@code query <name> --param k=v}) and
 * the REST API ({@code GET /api/queries/{name}}) both list and run queries through this class, so a new
 * query is one new file.
 *
 * <p>Running a query: {@code reader.query(q.statement(), catalogue.parameters(name, given))}, or simply
 * {@link #run}. Given values may be text (command line, URL query string) or typed (JSON); they are
 * converted to the declared types, defaults fill what is not given, and anything missing, unknown or
 * malformed fails with a {@link QueryParameterException} that names the parameter. The reader runs every
 * query in a read transaction, so the catalogue can never write.
 */
public final class QueryCatalogue {

    /** The folder under {@code cypher/} that holds the catalogue. */
    public static final String FOLDER = "queries";

    private final Map<String, CatalogueQuery> queries;

    /** Loads the catalogue from the classpath. */
    public QueryCatalogue() {
        this(new CypherCatalog());
    }

    /** Loads the catalogue through the given statement catalog. */
    public QueryCatalogue(CypherCatalog cypher) {
        Map<String, CatalogueQuery> found = new LinkedHashMap<>();
        for (String statement : cypher.list(FOLDER)) {
            String name = statement.substring(FOLDER.length() + 1);
            found.put(name, QueryHeader.parse(name, cypher.get(statement)));
        }
        this.queries = found;
    }

    /** Every query, by name. */
    public List<CatalogueQuery> queries() {
        return List.copyOf(queries.values());
    }

    /** The query of that name, if there is one. */
    public Optional<CatalogueQuery> find(String name) {
        return Optional.ofNullable(queries.get(name));
    }

    /**
     * The parameters to run a query with: the given values converted to their declared types, and
     * defaults for those not given.
     *
     * @throws UnknownQueryException   if there is no query of that name
     * @throws QueryParameterException if a parameter is unknown, missing or malformed
     */
    public Map<String, Object> parameters(String name, Map<String, ?> given) {
        CatalogueQuery query = require(name);
        TreeSet<String> unknown = new TreeSet<>(given.keySet());
        query.parameters().forEach(p -> unknown.remove(p.name()));
        if (!unknown.isEmpty()) {
            throw new QueryParameterException("query " + name + " has no parameter " + String.join(", ", unknown)
                    + "; it takes: " + names(query));
        }
        Map<String, Object> out = new LinkedHashMap<>();
        for (QueryParameter p : query.parameters()) {
            Object raw = given.containsKey(p.name()) ? given.get(p.name()) : p.defaultValue();
            if (raw == null) {
                throw new QueryParameterException("query " + name + " needs parameter " + p.name() + " ("
                        + p.type().label() + ", e.g. " + p.example() + "): " + p.description());
            }
            try {
                out.put(p.name(), p.type().convert(raw));
            } catch (IllegalArgumentException e) {
                throw new QueryParameterException("query " + name + ", parameter " + p.name() + ": " + e.getMessage());
            }
        }
        return out;
    }

    /** Runs a query with the given parameters (see {@link #parameters}); rows as column-to-value maps. */
    public List<Map<String, Object>> run(GraphReader reader, String name, Map<String, ?> given) {
        return reader.query(require(name).statement(), parameters(name, given)).stream().map(PlainValues::row).toList();
    }

    private CatalogueQuery require(String name) {
        return find(name).orElseThrow(() -> new UnknownQueryException("no query named '" + name
                + "'; the catalogue has: " + String.join(", ", queries.keySet())));
    }

    private static String names(CatalogueQuery q) {
        return q.parameters().isEmpty() ? "none"
                : String.join(", ", q.parameters().stream().map(QueryParameter::name).toList());
    }
}
