package org.paperkg.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.neo4j.driver.Driver;
import org.paperkg.BenchTable;
import org.paperkg.extract.RuleExtractor;
import org.paperkg.graph.EmbeddedNeo4j;
import org.paperkg.graph.GraphProbe;
import org.paperkg.graph.GraphSchema;
import org.paperkg.graph.Outcome;
import org.paperkg.source.GrobidProperties;
import org.paperkg.source.PaperSources;
import org.paperkg.source.SourceProperties;

/**
 * 10,000 papers (real abstracts, in 100 JSON Lines files) through the offline pipeline into the embedded
 * Neo4j, in this JVM's heap (surefire's -Xmx1g, -XX:+ExitOnOutOfMemoryError: running out would end the
 * run): papers per second and the heap it took. Run:
 * {@code mvn -o -q test -Dgroups=bench -DexcludedGroups=none -Dtest=TenThousandPapersBench} ({@code -Dbench.papers}).
 */
@Tag("bench")
class TenThousandPapersBench {

    @TempDir
    Path dir;

    @Test
    void ingestsTenThousandPapersInsideTheHeap() throws Exception {
        int n = Integer.getInteger("bench.papers", 10_000);
        Path inputs = BenchInputs.write(dir.resolve("inputs"), Corpus.variants(n));
        int cores = Runtime.getRuntime().availableProcessors();
        List<MemoryPoolMXBean> heap = ManagementFactory.getMemoryPoolMXBeans().stream()
                .filter(p -> p.getType() == MemoryType.HEAP).toList();
        try (EmbeddedNeo4j neo4j = EmbeddedNeo4j.start(dir.resolve("store"), "127.0.0.1", 0);
                Driver driver = neo4j.connect()) {
            GraphSchema.migrate(driver);
            try (IngestPipeline pipeline = PipelineFixture.pipeline(driver,
                    PaperSources.standard(SourceProperties.defaults(), GrobidProperties.off()),
                    new ExtractorChoice(new RuleExtractor(), null, cores), PipelineProperties.defaults())) {
                long before = usedAfterGc();
                heap.forEach(MemoryPoolMXBean::resetPeakUsage);
                var run = BenchTable.time(() -> pipeline.ingest(List.of(inputs), IngestListener.NONE));
                long peak = heap.stream().mapToLong(p -> p.getPeakUsage().getUsed()).sum();
                long oldPeak = heap.stream().filter(p -> p.getName().contains("Old")).mapToLong(p -> p.getPeakUsage().getUsed())
                        .sum();
                long after = usedAfterGc();
                long[] graph = new GraphProbe(driver).counts();

                assertThat(run.value().count(Outcome.INGESTED)).as(run.value().problems().toString()).isEqualTo(n);
                long max = Runtime.getRuntime().maxMemory();
                new BenchTable("10,000 papers through the offline pipeline into the embedded Neo4j",
                        "papers", "wall s", "papers/s", "process CPU s", "heap before (MiB, after GC)",
                        "peak heap (MiB, garbage included)", "peak old generation (MiB)", "heap after (MiB, after GC)",
                        "max heap (MiB)")
                        .row(n, run.seconds(), run.perSecond(n), run.cpuSeconds(), before >> 20, peak >> 20, oldPeak >> 20,
                                after >> 20, max >> 20)
                        .note("Graph: " + graph[0] + " nodes, " + graph[1] + " relationships (ledger included). "
                                + "Goal: all of it inside a 1 GiB heap: " + (max <= (1L << 30) && peak < max ? "met" : "NOT met")
                                + ".")
                        .print();
            }
        }
    }

    /** Heap in use after a full collection: what is live, for a measurement (not for synchronization). */
    private static long usedAfterGc() {
        System.gc();
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }
}
