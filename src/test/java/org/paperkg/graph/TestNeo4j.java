package org.paperkg.graph;

import java.util.List;
import java.util.Map;
import org.neo4j.configuration.GraphDatabaseInternalSettings;
import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.Driver;
import org.neo4j.driver.GraphDatabase;
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
    private static GraphProbe probe;

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
            probe = new GraphProbe(driver);
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                driver.close();
                neo4j.close();
            }));
        }
        return driver;
    }

    /** The harness's Bolt port on loopback, for clients with their own driver settings. */
    public static int boltPort() {
        driver();
        return neo4j.boltURI().getPort();
    }

    private static GraphProbe probe() {
        driver();
        return probe;
    }

    public static void clean() {
        probe().clean();
    }

    public static long number(String cypher, Map<String, Object> params) {
        return probe().number(cypher, params);
    }

    public static String text(String cypher, Map<String, Object> params) {
        return probe().text(cypher, params);
    }

    public static List<Object> list(String cypher, Map<String, Object> params) {
        return probe().list(cypher, params);
    }

    public static long[] counts() {
        return probe().counts();
    }
}
