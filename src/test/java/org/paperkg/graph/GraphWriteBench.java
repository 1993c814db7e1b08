package org.paperkg.graph;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.neo4j.driver.Driver;
import org.paperkg.BenchTable;
import org.paperkg.resolve.PaperGraph;

/**
 * Graph writes into the embedded Neo4j (the default mode, store in a temporary folder): papers of 15
 * facts each ({@link SyntheticPapers}), written in batches of 100 per transaction and one transaction per
 * paper: cold (new papers), again unchanged (the idempotent re-write, which finds nothing to change),
 * and again with new facts (a new prompt version, so every paper is cleared and rewritten); and the same
 * records written by bare {@code CREATE} statements ({@link RecordFloor}), the floor for this graph
 * model. Warm-up writes first let the JIT compile the database's hot paths, as in a running service:
 * they go on until the compiler has settled ({@link #warmUp}). Goal: at least 500 papers per second
 * batched. Each write is timed until the full-text indexes, which Neo4j updates just after each commit,
 * hold it. Run: {@code mvn -o -q test -Dgroups=bench -DexcludedGroups=none
 * -Dtest=GraphWriteBench} (tune with {@code -Dbench.papers}, {@code -Dbench.singlePapers},
 * {@code -Dbench.warmupMax}, {@code -Dbench.batch}).
 */
@Tag("bench")
class GraphWriteBench {

    private static final CypherCatalog CYPHER = new CypherCatalog();
    private static final int WARMUP_CHUNK = 1000;
    /** The JIT counts as settled when its compile time over a warm-up chunk is under this share of the wall time. */
    private static final double JIT_SETTLED = 0.10;

    @TempDir
    Path dir;

    @Test
    void batchedAndPerPaperWrites() {
        int n = Integer.getInteger("bench.papers", 5000);
        int single = Integer.getInteger("bench.singlePapers", 1000);
        List<PaperGraph> papers = SyntheticPapers.make(0, n, 42);
        List<PaperGraph> others = SyntheticPapers.make(n, single, 43);
        int batch = Integer.getInteger("bench.batch", 100);
        double facts = papers.stream().mapToInt(PaperGraph::factCount).average().orElse(0);
        try (EmbeddedNeo4j neo4j = EmbeddedNeo4j.start(dir.resolve("store"), "127.0.0.1", 0);
                Driver driver = neo4j.connect()) {
            GraphSchema.migrate(driver);
            Neo4jGraphWriter batched = new Neo4jGraphWriter(driver, CYPHER, batch, Clock.systemUTC());
            Neo4jGraphWriter perPaper = new Neo4jGraphWriter(driver, CYPHER, 1, Clock.systemUTC());
            Warmup warmup = warmUp(batched, driver);
            GraphProbe probe = new GraphProbe(driver);

            long jit0 = jitMillis();
            var cold = BenchTable.time(() -> indexed(driver, batched.write(papers)));
            double coldJit = (jitMillis() - jit0) / 1000.0;
            long[] shape = probe.counts();
            var again = BenchTable.time(() -> indexed(driver, batched.write(papers)));
            assertThat(probe.counts()).as("an idempotent re-write").containsExactly(shape);
            var renewed = BenchTable.time(() -> indexed(driver, batched.write(SyntheticPapers.renewed(papers))));
            assertThat(probe.counts()).as("a re-write with new facts of the same shape").containsExactly(shape);
            var singleCold = BenchTable.time(() -> indexed(driver, perPaper.write(others)));
            var singleAgain = BenchTable.time(() -> indexed(driver, perPaper.write(SyntheticPapers.renewed(others))));

            RecordFloor floor = new RecordFloor(driver, batch);
            floor.prepare(Stream.concat(warmup.last().stream(), papers.stream()).toList());
            floor.write(warmup.last());
            var bare = BenchTable.time(() -> {
                floor.write(papers);
                return papers.size();
            });

            assertThat(cold.value().failed()).isEmpty();
            assertThat(singleCold.value().failed()).isEmpty();
            double goal = cold.perSecond(n);
            BenchTable table = new BenchTable("Graph writes, embedded Neo4j (" + String.format("%.1f", facts)
                    + " facts, 3 authors, 5 citations per paper)", "mode", "papers", "wall s", "papers/s",
                    "facts/s", "process CPU s");
            row(table, "batched, " + batch + " papers per transaction, cold", n, cold, facts);
            row(table, "batched, re-write of the same papers (unchanged)", n, again, facts);
            row(table, "batched, re-write with new facts", n, renewed, facts);
            row(table, "floor: the same records by bare CREATE, " + batch + " papers per transaction", n, bare, facts);
            row(table, "one transaction per paper, cold", single, singleCold, facts);
            row(table, "one transaction per paper, re-write with new facts", single, singleAgain, facts);
            table.note("Warm-up: " + warmup.papers() + " papers written first, in chunks of " + WARMUP_CHUNK
                    + ", until the JIT compiler's time over a chunk fell under " + String.format("%.0f %%", 100 * JIT_SETTLED)
                    + " of the chunk's wall time (" + (warmup.settled() ? "it did" : "it did not, at the warm-up's limit")
                    + "); the first chunk, on a fresh JVM, wrote " + String.format("%.0f", warmup.firstPerSecond())
                    + " papers/s. JIT compile time during the cold batched write: "
                    + String.format("%.1f s", coldJit) + ". Graph after the batched writes: " + shape[0] + " nodes, " + shape[1] + " relationships. "
                    + "Floor: the writer's records (nodes, relationships, properties) created with no lookup, merge, clear or index "
                    + "(RecordFloor); no writer of this graph model is faster here. Cold batched writes reach "
                    + String.format("%.0f %%", 100 * goal / bare.perSecond(n)) + " of it. "
                    + "Goal >= 500 papers/s batched: " + (goal >= 500 ? "met" : "NOT met") + String.format(" (%.0f).", goal))
                    .print();
        }
    }

    /**
     * How many papers the warm-up wrote, whether the JIT settled within its limit, its first chunk's speed,
     * and its last chunk (which warms up the floor's writes).
     */
    private record Warmup(int papers, boolean settled, double firstPerSecond, List<PaperGraph> last) {
    }

    /**
     * Writes chunks of other papers until the JIT compiler has mostly done its work, as in a service that
     * has been ingesting for a while: on a fresh JVM, compiling Neo4j's hot paths takes a core for a
     * minute or more, and timing that would measure the compiler, not the writes.
     */
    private static Warmup warmUp(Neo4jGraphWriter writer, Driver driver) {
        int limit = Integer.getInteger("bench.warmupMax", 40_000);
        int written = 0;
        double first = 0;
        boolean settled = false;
        List<PaperGraph> papers = List.of();
        for (int chunk = 0; !settled && written < limit; chunk++) {
            List<PaperGraph> next = SyntheticPapers.make(1_000_000, 1_000_000 + written, WARMUP_CHUNK, 7 + chunk);
            long jit0 = jitMillis();
            var timed = BenchTable.time(() -> indexed(driver, writer.write(next)));
            settled = jitMillis() - jit0 < JIT_SETTLED * timed.seconds() * 1000;
            first = chunk == 0 ? timed.perSecond(WARMUP_CHUNK) : first;
            written += next.size();
            papers = next;
        }
        return new Warmup(written, settled, first, papers);
    }

    /** Time the JIT compiler threads have spent so far in this JVM. */
    private static long jitMillis() {
        return ManagementFactory.getCompilationMXBean().getTotalCompilationTime();
    }

    /**
     * Waits until the full-text indexes hold what was written: they are updated just after each commit,
     * off the writing thread, and a write is timed until it can be found.
     */
    private static WriteReport indexed(Driver driver, WriteReport report) {
        try (var session = driver.session()) {
            session.run("CALL db.index.fulltext.awaitEventuallyConsistentIndexRefresh()").consume();
        }
        return report;
    }

    private static void row(BenchTable t, String mode, int n, BenchTable.Timed<?> x, double facts) {
        t.row(mode, n, x.seconds(), x.perSecond(n), x.perSecond(n) * facts, x.cpuSeconds());
    }
}
