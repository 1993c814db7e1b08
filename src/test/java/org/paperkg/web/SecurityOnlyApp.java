package org.paperkg.web;

import java.util.Map;
import org.paperkg.extract.LlmConfiguration;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.context.annotation.Import;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * A small app for the security rules, without a graph: the security setup, the problem details, the LLM
 * settings (they hold a secret) and one endpoint to read and write.
 */
@SpringBootConfiguration
@EnableAutoConfiguration(excludeName = {"org.springframework.boot.neo4j.autoconfigure.Neo4jAutoConfiguration",
    "org.springframework.boot.neo4j.autoconfigure.health.Neo4jHealthContributorAutoConfiguration"})
@Import({SecurityConfiguration.class, ApiProblems.class, SecurityOnlyApp.Probe.class, LlmConfiguration.class})
class SecurityOnlyApp {

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
}
