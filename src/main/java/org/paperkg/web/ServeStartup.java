package org.paperkg.web;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.paperkg.graph.GraphEndpoint;
import org.paperkg.graph.GraphReader;
import org.paperkg.pipeline.IngestPipeline;
import org.paperkg.pipeline.IngestReport;
import org.paperkg.pipeline.IngestSummary;
import org.paperkg.pipeline.IngestListener;
import org.paperkg.jobs.Inbox;
import org.paperkg.jobs.IngestMetrics;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ApplicationContext;
import org.springframework.stereotype.Component;

/**
 * When the service starts on an empty graph, ingests the configured start-up folder ({@code samples/} by
 * default) and prints what the graph holds and where to explore it.
 */
@Component
@ConditionalOnProperty(name = "paperkg.cli", havingValue = "false", matchIfMissing = true)
class ServeStartup implements ApplicationRunner {

    private final IngestPipeline pipeline;
    private final GraphReader graph;
    private final GraphEndpoint endpoint;
    private final ApplicationContext context;
    private final String startupIngest;
    private final ObjectProvider<IngestMetrics> metrics;
    private final ObjectProvider<Inbox> inbox;

    ServeStartup(IngestPipeline pipeline, GraphReader graph, GraphEndpoint endpoint, ApplicationContext context,
            @Value("${paperkg.startup-ingest:samples/papers}") String startupIngest,
            ObjectProvider<IngestMetrics> metrics, ObjectProvider<Inbox> inbox) {
        this.metrics = metrics;
        this.inbox = inbox;
        this.pipeline = pipeline;
        this.graph = graph;
        this.endpoint = endpoint;
        this.context = context;
        this.startupIngest = startupIngest;
    }

    @Override
    public void run(ApplicationArguments args) {
        Path folder = startupIngest.isBlank() ? null : Path.of(startupIngest);
        if (folder != null && Files.isDirectory(folder) && graph.stats().nodes("Paper") == 0) {
            IngestListener listener = metrics.getIfAvailable() != null ? metrics.getObject() : IngestListener.NONE;
            IngestReport report = pipeline.ingest(List.of(folder), listener);
            System.out.print(IngestSummary.format(report, graph.stats()));
        } else {
            System.out.print(IngestSummary.graphLine(graph.stats()));
        }
        String base = "http://localhost:" + port();
        System.out.println("Neo4j Browser: " + BrowserLinks.browserUrl(base, endpoint));
        System.out.println("REST API:      " + base + "/api (OpenAPI: " + base + "/swagger-ui.html)   Bolt: "
                + endpoint.boltUri() + " (" + endpoint.mode() + ")");
        Inbox box = inbox.getIfAvailable();
        if (box != null) {
            System.out.println("Inbox:         " + box.root() + " (new files there are ingested)");
        }
    }

    private int port() {
        return context instanceof WebServerApplicationContext web && web.getWebServer() != null
                ? web.getWebServer().getPort() : 8080;
    }
}
