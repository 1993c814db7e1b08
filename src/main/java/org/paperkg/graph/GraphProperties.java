package org.paperkg.graph;

import java.nio.file.Path;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Where the graph lives. Embedded (the default) runs Neo4j in-process with its store in {@code dataDir}
 * and Bolt on {@code boltAddress:boltPort} for Neo4j Browser and other clients; auth is off because
 * Bolt listens on loopback only. With {@code embedded=false} the app connects to {@code spring.neo4j.uri}
 * with {@code spring.neo4j.authentication.*}.
 *
 * @param embedded    run Neo4j inside the app
 * @param dataDir     the embedded store's folder
 * @param boltAddress the address Bolt listens on (keep it loopback: auth is off)
 * @param boltPort    the Bolt port; {@code 0} picks a free one
 * @param batchSize   papers written per transaction
 */
@ConfigurationProperties("paperkg.neo4j")
public record GraphProperties(
        @DefaultValue("true") boolean embedded,
        @DefaultValue("data/neo4j") Path dataDir,
        @DefaultValue("127.0.0.1") String boltAddress,
        @DefaultValue("7687") int boltPort,
        @DefaultValue("100") int batchSize) {

    public GraphProperties {
        if (batchSize < 1) {
            throw new IllegalArgumentException("paperkg.neo4j.batch-size must be at least 1, was " + batchSize);
        }
    }
}
