package org.paperkg.graph;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.neo4j.driver.Driver;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps derived edges (such as inferred lineage) in step with the papers: runs every
 * {@code cypher/derive/*.cypher} statement in file-name order, each in its own write transaction, with
 * {@code $since}. A statement re-examines what papers extracted at or after {@code since} can affect,
 * and is idempotent, so running it again, or from an earlier {@code since}, is always safe; {@code null}
 * re-derives everything. The writer runs it after each write; a scheduled job may run it too.
 */
public final class GraphDerivation {

    /** The folder under {@code cypher/} that holds the derive statements. */
    public static final String FOLDER = "derive";

    private static final Logger log = LoggerFactory.getLogger(GraphDerivation.class);

    private final Driver driver;
    private final CypherCatalog cypher;

    public GraphDerivation(Driver driver, CypherCatalog cypher) {
        this.driver = driver;
        this.cypher = cypher;
    }

    /** The statements it runs, by name, in order. */
    public List<String> statements() {
        return cypher.list(FOLDER);
    }

    /**
     * Runs every derive statement.
     *
     * @param since re-examine papers extracted at or after this instant; {@code null} for all papers
     * @return each statement's summary row (what it re-examined and wrote), by statement name
     */
    public Map<String, Map<String, Object>> run(Instant since) {
        Map<String, Object> params = new LinkedHashMap<>();
        params.put("since", since == null ? null : since.toString());
        Map<String, Map<String, Object>> out = new LinkedHashMap<>();
        for (String name : statements()) {
            String statement = cypher.get(name);
            try (var session = driver.session()) {
                Map<String, Object> summary = session.executeWrite(tx -> {
                    var rows = tx.run(statement, params).list(r -> r.asMap());
                    return rows.isEmpty() ? Map.<String, Object>of() : rows.get(0);
                });
                out.put(name, summary);
                log.debug("{} since {}: {}", name, since, summary);
            }
        }
        return out;
    }
}
