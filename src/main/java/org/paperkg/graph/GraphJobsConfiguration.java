package org.paperkg.graph;

import org.neo4j.driver.Driver;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The graph side of jobs and the API: job runs, the job lock, the runner of folders of statements
 * ({@code cypher/derive/}) and the query catalogue. Here because only this package touches the driver.
 */
@Configuration(proxyBeanMethods = false)
public class GraphJobsConfiguration {

    @Bean
    JobRunStore jobRunStore(Driver driver, CypherCatalog cypher, GraphConfiguration.GraphReady ready) {
        return new JobRunStore(driver, cypher);
    }

    @Bean
    Neo4jLockProvider jobLockProvider(Driver driver, CypherCatalog cypher, GraphConfiguration.GraphReady ready) {
        return new Neo4jLockProvider(driver, cypher, AppInstance.name());
    }

    @Bean
    CypherFolderRunner cypherFolderRunner(Driver driver, CypherCatalog cypher, GraphConfiguration.GraphReady ready) {
        return new CypherFolderRunner(driver, cypher);
    }
}
