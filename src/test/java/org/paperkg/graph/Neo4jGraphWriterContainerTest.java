package org.paperkg.graph;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.Driver;
import org.neo4j.driver.GraphDatabase;
import org.testcontainers.junit.jupiter.Container;
import org.testcontainers.junit.jupiter.Testcontainers;
import org.testcontainers.neo4j.Neo4jContainer;

/**
 * The writer contract on the Neo4j image the compose stack runs (auth on). Runs where a Docker engine
 * exists; skipped, not failed, where none does.
 */
@Testcontainers(disabledWithoutDocker = true)
class Neo4jGraphWriterContainerTest extends GraphWriterContract {

    @Container
    static final Neo4jContainer NEO4J = new Neo4jContainer("neo4j:5.26").withAdminPassword("paper-kg-test-secret");

    private static Driver driver;

    @BeforeAll
    static void connect() {
        driver = GraphDatabase.driver(NEO4J.getBoltUrl(), AuthTokens.basic("neo4j", "paper-kg-test-secret"));
        GraphSchema.migrate(driver);
    }

    @AfterAll
    static void disconnect() {
        driver.close();
    }

    @Override
    Driver driver() {
        return driver;
    }
}
