package org.paperkg.graph;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Record;

/** Test-side reads of a database: single values, counts, and emptying it between tests. */
public final class GraphProbe {

    private final Driver driver;

    public GraphProbe(Driver driver) {
        this.driver = driver;
    }

    /** Deletes all data but the schema and the migration history. */
    public void clean() {
        try (var s = driver.session()) {
            s.run("MATCH (n) WHERE NOT n:__Neo4jMigration AND NOT n:__Neo4jMigrationsLock "
                    + "CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF 10000 ROWS").consume();
        }
    }

    public <T> T one(String cypher, Map<String, Object> params, Function<Record, T> map) {
        try (var s = driver.session()) {
            return map.apply(s.run(cypher, params).single());
        }
    }

    public long number(String cypher, Map<String, Object> params) {
        return one(cypher, params, r -> r.get(0).asLong());
    }

    public String text(String cypher, Map<String, Object> params) {
        return one(cypher, params, r -> r.get(0).asString());
    }

    public List<Object> list(String cypher, Map<String, Object> params) {
        return one(cypher, params, r -> r.get(0).asList());
    }

    /** Nodes and relationships outside the migration history: a fingerprint of the graph's shape. */
    public long[] counts() {
        return one("MATCH (n) WHERE NOT n:__Neo4jMigration OPTIONAL MATCH (n)-[r]->() "
                + "RETURN count(DISTINCT n) AS n, count(r) AS r", Map.of(),
                r -> new long[] {r.get("n").asLong(), r.get("r").asLong()});
    }
}
