package org.paperkg.graph;

import java.util.Map;
import java.util.function.Function;
import org.neo4j.configuration.GraphDatabaseInternalSettings;
import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.Driver;
import org.neo4j.driver.GraphDatabase;
import org.neo4j.driver.Record;
import org.neo4j.harness.Neo4j;
import org.neo4j.harness.Neo4jBuilders;

/**
 * One real Neo4j (the test harness, Bolt only on a random loopback port) shared by the test classes of
 * a run, started on first use with the product's schema and stopped when the JVM exits. Each test
 * class starts from an empty graph with {@link #clean()}.
 */
public final class TestNeo4j {

    private static Neo4j neo4j;
    private static Driver driver;

    private TestNeo4j() {
    }

    public static synchronized Driver driver() {
        if (driver == null) {
            neo4j = Neo4jBuilders.newInProcessBuilder()
                    .withDisabledServer()
                    .withConfig(GraphDatabaseInternalSettings.netty_server_shutdown_quiet_period, 0)
                    .build();
            driver = GraphDatabase.driver(neo4j.boltURI(), AuthTokens.none());
            GraphSchema.migrate(driver);
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                driver.close();
                neo4j.close();
            }));
        }
        return driver;
    }

    /** Deletes all data (the schema stays). */
    public static void clean() {
        try (var s = driver().session()) {
            s.run("MATCH (n) WHERE NOT n:__Neo4jMigration AND NOT n:__Neo4jMigrationsLock CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF 10000 ROWS").consume();
        }
    }

    /** Runs a statement and maps its single row. */
    public static <T> T one(String cypher, Map<String, Object> params, Function<Record, T> map) {
        try (var s = driver().session()) {
            return map.apply(s.run(cypher, params).single());
        }
    }

    /** The single value of a one-row, one-column statement, as a long. */
    public static long number(String cypher, Map<String, Object> params) {
        return one(cypher, params, r -> r.get(0).asLong());
    }

    /** The single value of a one-row, one-column statement, as a string. */
    public static String text(String cypher, Map<String, Object> params) {
        return one(cypher, params, r -> r.get(0).asString());
    }

    /** The single value of a one-row, one-column statement, as a list. */
    public static java.util.List<Object> list(String cypher, Map<String, Object> params) {
        return one(cypher, params, r -> r.get(0).asList());
    }

    /** Counts nodes and relationships: a fingerprint of the graph's shape. */
    public static long[] counts() {
        return one("MATCH (n) WHERE NOT n:__Neo4jMigration OPTIONAL MATCH (n)-[r]->() RETURN count(DISTINCT n) AS n, count(r) AS r",
                Map.of(), r -> new long[] {r.get("n").asLong(), r.get("r").asLong()});
    }
}
