package org.paperkg.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Actuator: health with each peer's mode, metrics and Prometheus; nothing else exposed; OpenAPI served. */
class HealthAndMetricsTest extends ServiceTestBase {

    @Test
    void healthSaysWhichModeEachPeerIsIn() {
        Api.Response r = api().get("/actuator/health");

        assertThat(r.status()).isEqualTo(200);
        assertThat(r.json().at("/status").asString()).isEqualTo("UP");
        assertThat(r.json().at("/components/neo4j/details/mode").asString()).isEqualTo("embedded");
        assertThat(r.json().at("/components/neo4j/details/version").asString()).startsWith("5.26");
        assertThat(r.json().at("/components/grobid/details/mode").asString()).isEqualTo("off");
        assertThat(r.json().at("/components/llm/details/mode").asString()).isEqualTo("off");
        assertThat(r.json().at("/components/llm/details/extractor").asString()).isEqualTo("offline-v1");
    }

    @Test
    void prometheusShowsTheServiceMetrics() {
        writer().postJson("/api/jobs/stats/run", java.util.Map.of());
        org.awaitility.Awaitility.await().atMost(WAIT).until(() -> api().get("/actuator/prometheus").text(),
                t -> t.contains("paperkg_jobs_runs_seconds_count{job=\"stats\""));
        String text = api().get("/actuator/prometheus").text();

        assertThat(text).contains("paperkg_jobs_runs_seconds_count{job=\"stats\",status=\"SUCCEEDED\"}");
        assertThat(text).contains("paperkg_graph_nodes");
        assertThat(api().get("/actuator/metrics").json().at("/names").toString()).contains("paperkg.jobs.runs");
    }

    @Test
    void onlyHealthMetricsAndPrometheusAreExposed() {
        assertThat(api().get("/actuator/env").status()).isEqualTo(404);
        assertThat(api().get("/actuator/beans").status()).isEqualTo(404);
        assertThat(api().get("/actuator/configprops").status()).isEqualTo(404);
        assertThat(api().get("/actuator").json().at("/_links").properties().stream().map(e -> e.getKey()).toList())
                .allMatch(k -> k.equals("self") || k.startsWith("health") || k.startsWith("metrics")
                        || k.equals("prometheus"));
    }

    @Test
    void anOpenApiDescriptionIsServed() {
        Api.Response r = api().get("/v3/api-docs");

        assertThat(r.status()).isEqualTo(200);
        assertThat(r.json().at("/paths").propertyNames()).contains("/api/papers", "/api/ingest", "/api/ingest/{id}",
                "/api/queries", "/api/queries/{name}", "/api/search", "/api/stats", "/api/jobs", "/api/jobs/{job}/run");
    }
}
