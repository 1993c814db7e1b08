package org.paperkg.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Writes need the API key (header, bearer token or HTTP basic); reads are open by default. */
class SecurityTest extends ServiceTestBase {

    private static final byte[] JSONL = "{\"id\": \"sec:1\", \"title\": \"Keys\", \"abstract\": \"We propose KeyNet.\"}\n"
            .getBytes(StandardCharsets.UTF_8);

    @Test
    void writesWithoutTheKeyAreUnauthorizedWithAChallenge() {
        for (Api.Response r : new Api.Response[] {api().upload("a.jsonl", JSONL),
            api().postJson("/api/ingest", Map.of("folder", "x")), api().postJson("/api/jobs/stats/run", Map.of())}) {
            assertThat(r.status()).isEqualTo(401);
            assertThat(r.contentType()).startsWith("application/problem+json");
            assertThat(r.headers().getFirst("WWW-Authenticate")).startsWith("Basic");
            assertThat(r.json().at("/detail").asString()).contains("needs the API key");
        }
    }

    @Test
    void aWrongKeyIsUnauthorized() {
        assertThat(api().upload("a.jsonl", JSONL, "X-API-Key", "guess").status()).isEqualTo(401);
        assertThat(api().upload("a.jsonl", JSONL, "Authorization", "Bearer guess").status()).isEqualTo(401);
        assertThat(api().upload("a.jsonl", JSONL, "Authorization", basic("paperkg", "guess")).status()).isEqualTo(401);
        assertThat(api().upload("a.jsonl", JSONL, "Authorization", basic("admin", KEY)).status()).isEqualTo(401);
    }

    @Test
    void theKeyWorksAsHeaderBearerTokenOrBasicPassword() {
        assertThat(api().upload("a.jsonl", JSONL, "X-API-Key", KEY).status()).isEqualTo(202);
        assertThat(api().upload("b.jsonl", JSONL, "Authorization", "Bearer " + KEY).status()).isEqualTo(202);
        assertThat(api().upload("c.jsonl", JSONL, "Authorization", basic("paperkg", KEY)).status()).isEqualTo(202);
    }

    @Test
    void readsAreOpenByDefault() {
        assertThat(api().get("/api/jobs").status()).isEqualTo(200);
        assertThat(api().get("/api/stats").status()).isEqualTo(200);
        assertThat(api().get("/actuator/health").status()).isEqualTo(200);
    }

    private static String basic(String user, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    }
}
