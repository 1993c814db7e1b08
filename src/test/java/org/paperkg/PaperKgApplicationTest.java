package org.paperkg;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.neo4j.driver.Driver;
import org.neo4j.driver.SessionConfig;
import org.paperkg.graph.GraphEndpoint;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import picocli.CommandLine;

/**
 * The service as the run command starts it: embedded Neo4j in a temporary folder, the samples
 * ingested on the empty graph, Browser and discovery served; and the command line on the same beans.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@DirtiesContext
class PaperKgApplicationTest {

    @TempDir
    static Path data;

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        registry.add("paperkg.neo4j.data-dir", () -> data.resolve("neo4j").toString());
        registry.add("paperkg.neo4j.bolt-port", () -> "0");
        registry.add("paperkg.startup-ingest", () -> "samples/papers");
    }

    @LocalServerPort
    int port;
    @Autowired
    Driver driver;
    @Autowired
    GraphEndpoint endpoint;
    @Autowired
    ApplicationContext context;

    @Test
    void theStartupIngestLinksTheWorkedExample() {
        try (var session = driver.session()) {
            long n = session.run("""
                    MATCH (m:Method {name: $method})<-[:PROPOSES]-(p:Paper)-[:INTRODUCES]->(d:Dataset {name: $dataset})
                    RETURN count(*) AS n""", Map.of("method", "GAT-DTA", "dataset", "DrugInteract-v1"))
                    .single().get("n").asLong();
            assertThat(n).isEqualTo(1);
        }
    }

    @Test
    void browserIsServedAndToldWhereBoltIs() throws Exception {
        HttpResponse<String> page = get("/browser/", "text/html");
        HttpResponse<String> discovery = get("/", "application/json");

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("<title>Neo4j Browser</title>");
        assertThat(discovery.body()).contains("\"bolt_direct\":\"" + endpoint.boltUri() + "\"");
        assertThat(endpoint.boltUri()).startsWith("bolt://127.0.0.1:").doesNotEndWith(":0");
    }

    @Test
    void ingestExitsWithOneWhenSomeInputsFail(@TempDir Path inbox) throws IOException {
        Files.writeString(inbox.resolve("notes.pdf"), "not a PDF at all");
        Files.copy(Path.of("samples/papers/tei/maml-header.tei.xml"), inbox.resolve("maml.tei.xml"));
        StringWriter out = new StringWriter();

        int status = command("ingest").setOut(new PrintWriter(out)).execute(inbox.toString());

        assertThat(status).isEqualTo(1);
        assertThat(out.toString()).contains("1 ingested", "1 failed", "notes.pdf");
    }

    @Test
    void extractPrintsTheFourElementsOfTheWorkedExample() {
        StringWriter out = new StringWriter();

        int status = command("extract").setOut(new PrintWriter(out)).execute("samples/seed-drug-target.zh.txt");

        assertThat(status).isZero();
        assertThat(out.toString()).contains("【研究问题】", "GAT-DTA", "DrugInteract-v1", "5.7%");
    }

    @Test
    void browserIsToldToApplyTheStyleAndOpenTheLineageGuide() throws Exception {
        String base = "http://localhost:" + port;
        Map<String, String> config;
        try (var session = driver.session(SessionConfig.forDatabase("system"))) {
            config = session.run("CALL dbms.clientConfig() YIELD name, value RETURN name, value").list().stream()
                    .collect(Collectors.toMap(r -> r.get("name").asString(), r -> r.get("value").asString()));
        }

        assertThat(config).containsEntry("browser.post_connect_cmd", "style " + base + "/browser-style/paper-kg.grass; play "
                + base + "/browser-guide/lineage.html").containsEntry("client.allow_telemetry", "false");
        assertThat(get("/browser-style/paper-kg.grass", "text/plain").body()).contains("node.Method {");
        assertThat(get("/browser-guide/lineage.html", "text/html").body()).contains("<slide", "method-ancestry");
    }

    @Test
    void queryRunsACatalogueQueryOnTheIngestedSamples() {
        StringWriter out = new StringWriter();

        int status = command("query").setOut(new PrintWriter(out)).execute("method-descendants", "--param", "method=BERT");

        assertThat(status).isZero();
        assertThat(out.toString()).contains("SpanBERT", "stated");
    }

    private CommandLine command(String name) {
        Object bean = context.getBeansWithAnnotation(CommandLine.Command.class).values().stream()
                .filter(b -> b.getClass().getAnnotation(CommandLine.Command.class).name().equals(name))
                .findFirst().orElseThrow();
        return new CommandLine(bean);
    }

    private HttpResponse<String> get(String path, String accept) throws Exception {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .header("Accept", accept).build(), HttpResponse.BodyHandlers.ofString());
    }
}
