package org.paperkg.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/** With no API key configured the write API is off: never open by default. */
@SpringBootTest(classes = ClosedReadsTest.SecurityOnly.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class WritesOffWithoutKeyTest {

    @LocalServerPort
    int port;

    @Test
    void everyWriteIsRefusedWhileReadsStayOpen() {
        Api.Response anonymous = new Api(port, null).postJson("/api/probe", Map.of());
        assertThat(anonymous.status()).isEqualTo(403);
        assertThat(anonymous.contentType()).startsWith("application/problem+json");
        assertThat(anonymous.json().at("/type").asString()).isEqualTo("urn:paperkg:problem:writes-disabled");
        assertThat(anonymous.json().at("/detail").asString()).contains("no API key is configured", "paperkg.api.key");

        assertThat(new Api(port, "anything").postJson("/api/probe", Map.of()).status())
                .as("no key can be right").isEqualTo(401);
        assertThat(new Api(port, "").postJson("/api/probe", Map.of()).status()).isIn(401, 403);
        assertThat(new Api(port, null).get("/api/probe").status()).isEqualTo(200);
    }
}
