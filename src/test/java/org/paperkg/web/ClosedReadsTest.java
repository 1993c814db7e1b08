package org.paperkg.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.paperkg.extract.LlmConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Closed reads need the key, health stays open, and no secret of the configuration reaches the log. */
@SpringBootTest(classes = ClosedReadsTest.SecurityOnly.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"paperkg.api.key=s3cr3t-api-key-1", "paperkg.api.read-open=false",
            "spring.neo4j.authentication.password=s3cr3t-neo4j-pw-2", "paperkg.llm.api-key=s3cr3t-llm-key-3",
            "logging.level.org.paperkg=DEBUG", "logging.level.org.springframework.security=DEBUG",
            "logging.level.org.springframework.web=DEBUG"})
@ExtendWith(OutputCaptureExtension.class)
class ClosedReadsTest {

    /**
     * Just the security setup, the problem details, the LLM settings (they hold a secret) and one endpoint to
     * read and write; no graph. Nested in a test class, so the service's own component scan leaves it out.
     */
    @Configuration(proxyBeanMethods = false)
    @EnableAutoConfiguration(excludeName = {"org.springframework.boot.neo4j.autoconfigure.Neo4jAutoConfiguration",
        "org.springframework.boot.neo4j.autoconfigure.health.Neo4jHealthContributorAutoConfiguration"})
    @Import({SecurityConfiguration.class, ApiProblems.class, Probe.class, LlmConfiguration.class})
    static class SecurityOnly {
    }

    @RestController
    static class Probe {
        @GetMapping("/api/probe")
        Map<String, String> read() {
            return Map.of("read", "ok");
        }

        @PostMapping("/api/probe")
        Map<String, String> write() {
            return Map.of("write", "ok");
        }
    }

    @LocalServerPort
    int port;

    @Test
    void readsNeedTheKeyButHealthStaysOpen() {
        Api.Response r = new Api(port, null).get("/api/probe");
        assertThat(r.status()).isEqualTo(401);
        assertThat(r.contentType()).startsWith("application/problem+json");
        assertThat(new Api(port, "s3cr3t-api-key-1").get("/api/probe").status()).isEqualTo(200);
        assertThat(new Api(port, "s3cr3t-api-key-1").postJson("/api/probe", Map.of()).status()).isEqualTo(200);
        assertThat(new Api(port, null).get("/actuator/health").status()).isEqualTo(200);
    }

    @Test
    void noSecretReachesTheLog(CapturedOutput output) {
        new Api(port, "s3cr3t-api-key-1").postJson("/api/probe", Map.of());
        new Api(port, "wrong-key").postJson("/api/probe", Map.of());

        assertThat(output.getAll()).contains("Read endpoints are closed").doesNotContain("s3cr3t-api-key-1",
                "s3cr3t-neo4j-pw-2", "s3cr3t-llm-key-3", "wrong-key");
    }
}
