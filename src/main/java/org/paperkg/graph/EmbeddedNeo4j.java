package org.paperkg.graph;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.neo4j.configuration.Config;
import org.neo4j.configuration.GraphDatabaseInternalSettings;
import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.connectors.ConnectorPortRegister;
import org.neo4j.configuration.connectors.ConnectorType;
import org.neo4j.configuration.connectors.HttpConnector;
import org.neo4j.configuration.helpers.SocketAddress;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;
import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.Driver;
import org.neo4j.driver.GraphDatabase;
import org.neo4j.driver.Logging;
import org.neo4j.kernel.api.impl.index.LuceneSettings;
import org.neo4j.kernel.internal.GraphDatabaseAPI;
import org.neo4j.server.configuration.ServerSettings;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A Neo4j 5.26 running in this process with Bolt on loopback: the same database server as a standalone
 * one, without its HTTP server (the app serves Neo4j Browser itself). Closing it stops Neo4j.
 */
public final class EmbeddedNeo4j implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedNeo4j.class);

    /** Hosts Neo4j Browser may fetch guides and styles from: this machine only. */
    static final String BROWSER_CONTENT_HOSTS = "localhost,127.0.0.1";

    private final DatabaseManagementService service;
    private final GraphDatabaseAPI db;
    private final String boltUri;

    private EmbeddedNeo4j(DatabaseManagementService service, GraphDatabaseAPI db, String boltUri) {
        this.service = service;
        this.db = db;
        this.boltUri = boltUri;
    }

    private static final Duration REPLAN_INTERVAL = Duration.ofMinutes(10);
    private static final int LUCENE_MERGE_FACTOR = 10;

    /** Starts Neo4j with its store in {@code dataDir} (created if missing). */
    public static EmbeddedNeo4j start(Path dataDir, String address, int port) {
        try {
            Files.createDirectories(dataDir);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create the Neo4j data folder " + dataDir, e);
        }
        long t0 = System.nanoTime();
        DatabaseManagementService service = new DatabaseManagementServiceBuilder(dataDir)
                .setConfig(BoltConnector.enabled, true)
                .setConfig(BoltConnector.listen_address, new SocketAddress(address, port))
                .setConfig(BoltConnector.advertised_address, new SocketAddress(address, port))
                .setConfig(HttpConnector.enabled, false)
                .setConfig(GraphDatabaseSettings.auth_enabled, false)
                .setConfig(GraphDatabaseInternalSettings.netty_server_shutdown_quiet_period, 0)
                // An ingest grows the graph fast, and by default every statement is planned again each
                // time the counts have moved enough, which in a long ingest costs more CPU than running
                // them. The write statements are index seeks whatever the counts, so plans are kept for
                // a while; queries still get fresh plans as the graph settles.
                .setConfig(GraphDatabaseSettings.cypher_min_replan_interval, REPLAN_INTERVAL)
                // Full-text indexes (paper text, entity names) get a document per paper in every write
                // transaction. Neo4j merges their Lucene segments whenever two are alike in size, which
                // in a bulk ingest took more CPU than the writes themselves; Lucene's own default of ten
                // merges far less often, at the price of a few more segments for a search to visit.
                .setConfig(LuceneSettings.lucene_merge_factor, LUCENE_MERGE_FACTOR)
                // Browser reads these over Bolt (dbms.clientConfig): no usage reports leave this machine,
                // and guides and styles come from the app on this machine only
                .setConfig(ServerSettings.allow_telemetry, false)
                .setConfig(ServerSettings.browser_remote_content_hostname_whitelist, BROWSER_CONTENT_HOSTS)
                .build();
        GraphDatabaseAPI db = (GraphDatabaseAPI) service.database(GraphDatabaseSettings.DEFAULT_DATABASE_NAME);
        var bound = db.getDependencyResolver().resolveDependency(ConnectorPortRegister.class)
                .getLocalAddress(ConnectorType.BOLT);
        String uri = "bolt://" + address + ":" + bound.getPort();
        log.info("Embedded Neo4j started in {} ms, store {}, Bolt {}", (System.nanoTime() - t0) / 1_000_000,
                dataDir.toAbsolutePath(), uri);
        return new EmbeddedNeo4j(service, db, uri);
    }

    /**
     * A driver for this database over loopback Bolt, logging through SLF4J: the driver's default system
     * logger formats every Bolt message for its debug output even when debug is off, a few percent of a
     * bulk write.
     */
    public Driver connect() {
        return GraphDatabase.driver(boltUri, AuthTokens.none(),
                org.neo4j.driver.Config.builder().withLogging(Logging.slf4j()).build());
    }

    /**
     * Sets the commands Neo4j Browser runs when it connects (Neo4j's {@code browser.post_connect_cmd},
     * which Browser reads over Bolt), separated by {@code ;} and without the leading colon, e.g.
     * {@code style http://localhost:8080/x.grass; play http://localhost:8080/guide.html}. Set once the
     * app knows its own web address, which is after Neo4j has started.
     */
    public void browserPostConnectCommands(String commands) {
        db.getDependencyResolver().resolveDependency(Config.class).set(ServerSettings.browser_post_connect_cmd, commands);
    }

    /** The Bolt address clients connect to, with the port actually bound. */
    public String boltUri() {
        return boltUri;
    }

    @Override
    public void close() {
        service.shutdown();
    }
}
