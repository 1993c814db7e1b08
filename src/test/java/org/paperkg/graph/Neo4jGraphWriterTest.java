package org.paperkg.graph;

import org.neo4j.driver.Driver;

/** The writer contract on the embedded test harness. */
class Neo4jGraphWriterTest extends GraphWriterContract {

    @Override
    Driver driver() {
        return TestNeo4j.driver();
    }
}
