package org.paperkg.graph;

import java.time.Clock;
import org.neo4j.driver.Driver;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.core.env.Environment;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The graph beans. In embedded mode (the default) Neo4j starts in-process and the driver connects to
 * it over loopback Bolt; otherwise Spring Boot's own driver, from {@code spring.neo4j.*}, is used. The
 * schema is migrated before anything reads or writes.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(GraphProperties.class)
public class GraphConfiguration {

    @Bean(destroyMethod = "close")
    @ConditionalOnProperty(name = "paperkg.neo4j.embedded", havingValue = "true", matchIfMissing = true)
    EmbeddedNeo4j embeddedNeo4j(GraphProperties props) {
        return EmbeddedNeo4j.start(props.dataDir(), props.boltAddress(), props.boltPort());
    }

    @Bean(destroyMethod = "close")
    @ConditionalOnProperty(name = "paperkg.neo4j.embedded", havingValue = "true", matchIfMissing = true)
    Driver embeddedDriver(EmbeddedNeo4j neo4j) {
        return neo4j.connect();
    }

    @Bean
    GraphEndpoint graphEndpoint(ObjectProvider<EmbeddedNeo4j> embedded, Environment env) {
        EmbeddedNeo4j neo4j = embedded.getIfAvailable();
        return neo4j != null ? new GraphEndpoint(neo4j.boltUri(), "embedded")
                : new GraphEndpoint(env.getProperty("spring.neo4j.uri", "bolt://localhost:7687"), "remote");
    }

    @Bean
    CypherCatalog cypherCatalog() {
        return new CypherCatalog();
    }

    @Bean
    QueryCatalogue queryCatalogue(CypherCatalog cypher) {
        return new QueryCatalogue(cypher);
    }

    @Bean
    GraphReady graphReady(Driver driver) {
        GraphSchema.migrate(driver);
        return new GraphReady();
    }

    @Bean
    GraphWriter graphWriter(Driver driver, CypherCatalog cypher, GraphProperties props, GraphReady ready) {
        return new Neo4jGraphWriter(driver, cypher, props.batchSize(), Clock.systemUTC());
    }

    @Bean
    GraphReader graphReader(Driver driver, CypherCatalog cypher, GraphReady ready) {
        return new Neo4jGraphReader(driver, cypher);
    }

    @Bean
    IngestLedger ingestLedger(Driver driver, CypherCatalog cypher, GraphReady ready) {
        return new Neo4jIngestLedger(driver, cypher);
    }

    /** Marks the schema as migrated; beans that touch the graph depend on it. */
    static final class GraphReady {
    }
}
