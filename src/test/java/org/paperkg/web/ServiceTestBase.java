package org.paperkg.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.paperkg.PaperKgApplication;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The one service context the web and job tests share (each context starts a Neo4j): embedded Neo4j in
 * a temporary folder, a random port, an API key, a small upload limit, and every job on a short interval.
 */
@SpringBootTest(classes = PaperKgApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {
    "paperkg.neo4j.bolt-port=0",
    "paperkg.startup-ingest=",
    "paperkg.api.key=" + ServiceTestBase.KEY,
    "paperkg.jobs.enabled=true",
    "paperkg.jobs.inbox-scan.interval=200ms",
    "paperkg.jobs.retry.interval=1s",
    "paperkg.jobs.retry.initial-backoff=1s",
    "paperkg.jobs.retry.multiplier=1",
    "paperkg.jobs.retry.max-attempts=3",
    "paperkg.jobs.reextract.interval=1s",
    "paperkg.jobs.derive.interval=1s",
    "paperkg.jobs.stats.interval=1s",
    // the context lives on, cached, for the rest of the suite: its runs stay out of the test log
    "logging.level.org.paperkg.jobs.JobRunner=WARN",
    "paperkg.inbox.settle=0s",
    "spring.servlet.multipart.max-file-size=256KB",
    "spring.servlet.multipart.max-request-size=300KB"})
public abstract class ServiceTestBase {

    public static final String KEY = "test-key-5f1c0a";
    public static final Duration WAIT = Duration.ofSeconds(90);
    static final Path DIR = tempDir();

    @LocalServerPort
    protected int port;

    @DynamicPropertySource
    static void folders(DynamicPropertyRegistry registry) {
        registry.add("paperkg.neo4j.data-dir", () -> DIR.resolve("neo4j").toString());
        registry.add("paperkg.inbox.root", () -> DIR.resolve("inbox").toString());
    }

    Api api() {
        return new Api(port, null);
    }

    Api writer() {
        return new Api(port, KEY);
    }

    public static Path inbox() {
        return DIR.resolve("inbox").toAbsolutePath().normalize();
    }

    private static Path tempDir() {
        try {
            return Files.createTempDirectory("paperkg-service-test");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
