package org.paperkg.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.neo4j.driver.Driver;
import org.paperkg.BenchTable;
import org.paperkg.extract.LlmExtractor;
import org.paperkg.extract.LlmProperties;
import org.paperkg.extract.LlmTestSupport;
import org.paperkg.extract.OpenAiChatClient;
import org.paperkg.extract.OpenAiServerSimulator;
import org.paperkg.graph.EmbeddedNeo4j;
import org.paperkg.graph.GraphSchema;
import org.paperkg.graph.Outcome;
import org.paperkg.source.GrobidProperties;
import org.paperkg.source.PaperSources;
import org.paperkg.source.SourceProperties;

/**
 * The whole pipeline (JSON Lines in, LLM extraction, grounding, resolution, batched writes into the
 * embedded Neo4j) against {@link OpenAiServerSimulator}, a load model of a vLLM server (32 slots, 20 us
 * prefill and 1 ms decode per token), compared with the simulator's capacity; then the same corpus again,
 * unchanged (the ledger skips it: no LLM call), and once more with the ledger forgotten (every paper
 * re-extracted from the extraction cache and resolved, and the writer finding it unchanged: no LLM call
 * either). Goal: the unchanged corpus re-run at least 20 times faster than the first. Run:
 * {@code mvn -o -q test -Dgroups=bench -DexcludedGroups=none -Dtest=PipelineBench} ({@code -Dbench.papers}).
 */
@Tag("bench")
class PipelineBench {

    private static final int SLOTS = 32;
    private static final int CONCURRENCY = 64;

    @TempDir
    Path dir;

    @Test
    void ingestsThroughTheSimulatorThenRerunsWithoutTheLlm() throws Exception {
        int n = Integer.getInteger("bench.papers", 2000);
        List<String> records = Corpus.variants(n + 200);
        Path inputs = BenchInputs.write(dir.resolve("inputs"), records.subList(0, n));
        Path warm = BenchInputs.write(dir.resolve("warm"), records.subList(n, n + 200));
        try (EmbeddedNeo4j neo4j = EmbeddedNeo4j.start(dir.resolve("store"), "127.0.0.1", 0);
                Driver driver = neo4j.connect();
                OpenAiServerSimulator sim = new OpenAiServerSimulator(SLOTS, 20, 1000, 4 * CONCURRENCY)) {
            GraphSchema.migrate(driver);
            LlmProperties props = LlmTestSupport.props(sim.baseUrl(), "max-in-flight", String.valueOf(CONCURRENCY),
                    "request-timeout", "120s");
            try (OpenAiChatClient client = new OpenAiChatClient(props);
                    IngestPipeline pipeline = PipelineFixture.pipeline(driver,
                            PaperSources.standard(SourceProperties.defaults(), GrobidProperties.off()),
                            new ExtractorChoice(extractor(props, client), null, CONCURRENCY), PipelineProperties.defaults())) {
                pipeline.ingest(List.of(warm), IngestListener.NONE); // JIT, connections, the server's prefix cache
                sim.resetStatistics();

                var first = BenchTable.time(() -> pipeline.ingest(List.of(inputs), IngestListener.NONE));
                int calls = sim.requests();
                double capacity = sim.capacityPerSecond();
                var unchanged = BenchTable.time(() -> pipeline.ingest(List.of(inputs), IngestListener.NONE));
                int afterUnchanged = sim.requests();
                try (var s = driver.session()) {
                    s.run("MATCH (r:IngestRecord) WHERE r.locator STARTS WITH $dir DETACH DELETE r",
                            Map.of("dir", inputs.toString())).consume();
                }
                var cached = BenchTable.time(() -> pipeline.ingest(List.of(inputs), IngestListener.NONE));

                assertThat(first.value().count(Outcome.INGESTED)).as(first.value().problems().toString()).isEqualTo(n);
                assertThat(unchanged.value().count(Outcome.SKIPPED)).isEqualTo(unchanged.value().files());
                assertThat(cached.value().count(Outcome.INGESTED)).isEqualTo(n);
                assertThat(afterUnchanged).as("LLM calls on the unchanged re-run").isEqualTo(calls);
                assertThat(sim.requests()).as("LLM calls on the cached re-run").isEqualTo(calls);

                double speedUp = first.seconds() / unchanged.seconds();
                new BenchTable("Pipeline against the simulated LLM server (" + SLOTS + " slots, " + CONCURRENCY
                        + " requests in flight, embedded Neo4j)", "pass", "papers", "wall s", "papers/s", "LLM calls",
                        "process CPU s", "faster than the first")
                        .row("first run", n, first.seconds(), first.perSecond(n), calls, first.cpuSeconds(), "")
                        .row("unchanged corpus again (ledger)", n, unchanged.seconds(), unchanged.perSecond(n),
                                afterUnchanged - calls, unchanged.cpuSeconds(), first.seconds() / unchanged.seconds() + "x")
                        .row("again with the ledger forgotten (extraction cache; the writer finds every paper unchanged)", n, cached.seconds(),
                                cached.perSecond(n), sim.requests() - afterUnchanged, cached.cpuSeconds(),
                                first.seconds() / cached.seconds() + "x")
                        .note(String.format("Simulator capacity %.1f papers/s: the first run reached %.0f%% of it. "
                                        + "Goal: the unchanged corpus re-run >= 20x faster than the first: %s.", capacity,
                                100 * first.perSecond(n) / capacity, speedUp >= 20 ? "met" : "NOT met"))
                        .print();
            }
        }
    }

    private LlmExtractor extractor(LlmProperties props, OpenAiChatClient client) {
        return LlmTestSupport.extractor(props, client, dir.resolve("cache"));
    }
}
