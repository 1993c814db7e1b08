package org.paperkg.graph;

import ac.simons.neo4j.migrations.core.Migrations;
import ac.simons.neo4j.migrations.core.MigrationsConfig;
import org.neo4j.driver.Driver;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Brings the database's schema to the version in {@code cypher/migrations} (Neo4j-Migrations keeps the
 * applied versions and their checksums in the database, so start-up applies each file once, and an
 * edited, already-applied file is reported instead of silently diverging).
 */
public final class GraphSchema {

    private static final Logger log = LoggerFactory.getLogger(GraphSchema.class);

    private GraphSchema() {
    }

    /** Applies pending migrations and waits for the indexes to come online. */
    public static void migrate(Driver driver) {
        MigrationsConfig config = MigrationsConfig.builder()
                .withLocationsToScan("classpath:cypher/migrations")
                .withTransactionMode(MigrationsConfig.TransactionMode.PER_STATEMENT)
                .build();
        var version = new Migrations(config, driver).apply();
        try (var session = driver.session()) {
            session.run("CALL db.awaitIndexes(300)").consume();
        }
        log.info("Graph schema at version {}", version.map(Object::toString).orElse("(none)"));
    }
}
