package org.paperkg.graph;

import java.util.Map;
import org.neo4j.driver.Driver;
import org.springframework.boot.health.contributor.AbstractHealthIndicator;
import org.springframework.boot.health.contributor.Health;
import org.springframework.stereotype.Component;

/**
 * Actuator health of the graph (shown as {@code neo4j}, replacing Spring Boot's own indicator): which
 * mode is active (embedded or remote), where Bolt is, and the server's version, read in a read
 * transaction so a database that stopped answering shows as down.
 */
@Component("neo4jHealthIndicator")
class GraphHealthIndicator extends AbstractHealthIndicator {

    private final Driver driver;
    private final GraphEndpoint endpoint;
    private final CypherCatalog cypher;

    GraphHealthIndicator(Driver driver, GraphEndpoint endpoint, CypherCatalog cypher) {
        super("Neo4j health check failed");
        this.driver = driver;
        this.endpoint = endpoint;
        this.cypher = cypher;
    }

    @Override
    protected void doHealthCheck(Health.Builder builder) {
        builder.withDetail("mode", endpoint.mode()).withDetail("bolt", endpoint.boltUri());
        try (var session = driver.session()) {
            Map<String, Object> server = session.executeRead(tx -> tx.run(cypher.get("read/server")).single().asMap());
            builder.up().withDetail("version", server.get("version")).withDetail("edition", server.get("edition"));
        }
    }
}
