package org.paperkg.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.paperkg.graph.QueryCatalogue;
import org.paperkg.graph.TestNeo4j;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The lineage demo as the run command builds it: {@code samples/papers} ingested on an empty graph with
 * the offline extractor and the canonical resolver. Citations between corpus papers become CITES edges,
 * and the lineage queries give dated chains.
 */
class LineageDemoTest {

    private static final Path SAMPLES = Path.of("samples", "papers");
    private static final QueryCatalogue CATALOGUE = new QueryCatalogue();
    private static final Pattern YEAR = Pattern.compile("\\((\\d{4})\\)");

    @BeforeAll
    static void ingest() {
        TestNeo4j.clean();
        try (IngestPipeline pipeline = PipelineFixture.canonical()) {
            assertThat(pipeline.ingest(List.of(SAMPLES), IngestListener.NONE).problems()).isEmpty();
        }
    }

    @AfterAll
    static void cleanUp() {
        TestNeo4j.clean();
    }

    @Test
    void inCorpusReferencesBecomeCitesEdges() throws IOException {
        List<List<String>> expected = resolvedReferences();
        long found = TestNeo4j.number("""
                UNWIND $pairs AS pair
                MATCH (:Paper {id: pair[0]})-[:CITES]->(cited:Paper {id: pair[1]})
                WHERE NOT cited.stub
                RETURN count(*)""", Map.of("pairs", expected));
        double share = (double) found / expected.size();

        System.out.printf("Citation coverage: %d of %d in-corpus references in references_raw.jsonl are CITES edges (%.1f%%)%n",
                found, expected.size(), 100 * share);
        assertThat(expected).hasSize(223);
        assertThat(share).isGreaterThanOrEqualTo(0.95);
    }

    @Test
    void bertsAncestryReachesTheTransformer() {
        List<Map<String, Object>> rows = query("method-ancestry", Map.of("method", "BERT"));

        assertThat(rows).anySatisfy(r -> {
            assertThat(r.get("ancestor")).isEqualTo("Transformer");
            assertThat(r.get("year")).isEqualTo(2017L);
            assertThat((String) r.get("chain")).startsWith("BERT (2018) -");
        });
    }

    @Test
    void aLaterMethodsAncestryIsAChainBackInTime() {
        List<Map<String, Object>> rows = query("method-ancestry", Map.of("method", "UniLMv2"));

        Map<String, Object> longest = rows.stream().max((a, b) -> Long.compare((Long) a.get("hops"), (Long) b.get("hops")))
                .orElseThrow();
        assertThat((Long) longest.get("hops")).isGreaterThanOrEqualTo(3);
        List<Integer> years = years((String) longest.get("chain"));
        assertThat(years).hasSize(((Long) longest.get("hops")).intValue() + 1).isSortedAccordingTo((a, b) -> b - a);
    }

    @Test
    void gatsDescendantsAreStatedByTheirPapers() {
        assertThat(query("method-descendants", Map.of("method", "GAT")))
                .anySatisfy(r -> assertThat(r).containsEntry("descendant", "GATv2").containsEntry("year", 2021L)
                        .containsEntry("lineage", "stated"));
    }

    private static List<Map<String, Object>> query(String name, Map<String, ?> params) {
        List<Map<String, Object>> rows = CATALOGUE.run(PipelineFixture.reader(), name, params);
        System.out.println("query " + name + " " + params);
        rows.forEach(r -> System.out.println("  " + r));
        return rows;
    }

    private static List<Integer> years(String chain) {
        List<Integer> years = new ArrayList<>();
        Matcher m = YEAR.matcher(chain);
        while (m.find()) {
            years.add(Integer.valueOf(m.group(1)));
        }
        return years;
    }

    /** (citing id, cited id) for every reference the corpus resolved to one of its own records. */
    private static List<List<String>> resolvedReferences() throws IOException {
        List<List<String>> pairs = new ArrayList<>();
        JsonMapper json = JsonMapper.builder().build();
        try (InputStream in = LineageDemoTest.class.getResourceAsStream("/corpora/references_raw.jsonl")) {
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList()) {
                JsonNode record = json.readTree(line);
                for (JsonNode ref : record.get("references").values()) {
                    if (ref.hasNonNull("resolved")) {
                        pairs.add(List.of(record.get("id").asString(), ref.get("resolved").asString()));
                    }
                }
            }
        }
        return pairs;
    }
}
