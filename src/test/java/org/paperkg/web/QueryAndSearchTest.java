package org.paperkg.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** The query catalogue and full-text search, with user input that looks like query syntax. */
class QueryAndSearchTest extends ServiceTestBase {

    @BeforeEach
    void papers() throws Exception {
        Api.Response accepted = writer().upload("gnn.jsonl",
                Files.readAllBytes(Path.of("samples/papers/jsonl/method_lineage_gnn.jsonl")));
        String statusUrl = accepted.json().at("/statusUrl").asString();
        await().atMost(WAIT).until(() -> api().get(statusUrl).json().at("/state").asString(), "done"::equals);
    }

    @Test
    void theCatalogueListsEachQueryWithItsDescriptionAndParameters() {
        Api.Response r = api().get("/api/queries");

        assertThat(r.status()).isEqualTo(200);
        assertThat(r.json().isArray()).isTrue();
        r.json().valueStream().forEach(q -> {
            assertThat(q.at("/name").asString()).isNotBlank();
            assertThat(q.at("/description").asString()).isNotBlank();
            assertThat(q.at("/parameters").isArray()).isTrue();
        });
        Api.Response missing = api().get("/api/queries/no-such-query?x=1");
        assertThat(missing.status()).isEqualTo(404);
        assertThat(missing.json().at("/detail").asString()).contains("no-such-query");
    }

    @Test
    void aCatalogueQueryRunsWithItsDefaultsAndRefusesUnknownParameters() {
        Api.Response ancestry = api().get("/api/queries/method-ancestry?method=GAT");
        assertThat(ancestry.status()).as(ancestry.text()).isEqualTo(200);
        assertThat(ancestry.json().at("/query").asString()).isEqualTo("method-ancestry");
        assertThat(ancestry.json().at("/rows").isArray()).isTrue();

        Api.Response unknown = api().get("/api/queries/method-ancestry?method=GAT&colour=red");
        assertThat(unknown.status()).isEqualTo(400);
        assertThat(unknown.json().at("/detail").asString()).contains("colour");
    }

    @Test
    void searchFindsPapersAndEntitiesBestFirst() {
        JsonNode hits = api().get("/api/search?q=spectral+networks+locally+connected&limit=5").json();

        assertThat(hits.size()).isBetween(1, 5);
        // the paper whose title this is, beside the methods named after its words (offline v1 finds them)
        assertThat(hits.valueStream().filter(h -> h.at("/kind").asString().equals("Paper")).map(h -> h.at("/id").asString()))
                .first().isEqualTo("arxiv:1312.6203");
        assertThat(Api.texts(api().get("/api/search?q=GCN").json(), "kind")).contains("Method");
        double first = hits.get(0).at("/score").asDouble();
        assertThat(hits.valueStream().mapToDouble(h -> h.at("/score").asDouble())).allMatch(s -> s <= first);
    }

    @Test
    void queryLikeInputIsOnlyWordsToFind() {
        for (String q : new String[] {"title:(graph", "\"unbalanced", "GCN AND", "a || b && !c", "*", "~2^3",
            "[1 TO 5]", "\\", "/regex/"}) {
            Api.Response r = api().get("/api/search?q=" + java.net.URLEncoder.encode(q, java.nio.charset.StandardCharsets.UTF_8));
            assertThat(r.status()).as(q + ": " + r.text()).isEqualTo(200);
        }
        assertThat(api().get("/api/search?q=GCN%20AND%20nothing").json().size()).as("AND is a word here").isPositive();
    }

    @Test
    void emptyOrHugeSearchesAreBadRequests() {
        assertThat(api().get("/api/search?q=%20").status()).isEqualTo(400);
        assertThat(api().get("/api/search?q=" + "a".repeat(201)).status()).isEqualTo(400);
        assertThat(api().get("/api/search?q=gcn&limit=0").status()).isEqualTo(400);
        assertThat(api().get("/api/search").status()).isEqualTo(400);
    }
}
