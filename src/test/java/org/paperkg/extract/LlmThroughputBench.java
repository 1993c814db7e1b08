package org.paperkg.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadInfo;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.paperkg.source.Paper;

/**
 * Throughput of the LLM extractor against {@link OpenAiServerSimulator}: 2,000 real abstracts
 * (lineage, CSL Chinese, CSAbstruct), bounded concurrency, then the same corpus again from the
 * cache after a "restart". Prints a table; asserts only that nothing was lost and that the re-run
 * made no LLM call. Run with {@code mvn -o -q test -Dgroups=bench -Dtest=LlmThroughputBench} (needs
 * surefire's {@code excludedGroups} to be overridable), or as a program after
 * {@code mvn -o -q test-compile}: {@code java -cp target/classes:target/test-classes:<test classpath>
 * org.paperkg.extract.LlmThroughputBench}. Tune with {@code -Dbench.papers -Dbench.slots
 * -Dbench.prefillMicros -Dbench.decodeMicros -Dbench.concurrency}; {@code -Dbench.threads=true}
 * prints the client's CPU time by thread group.
 */
@Tag("bench")
@ExtendWith(LlmTestTmpDir.class)
class LlmThroughputBench {

    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    @TempDir
    Path dir;

    /**
     * One pass over the corpus.
     *
     * @param done         papers extracted
     * @param seconds      wall time
     * @param cpuMsPerPaper client CPU time (every thread but the simulator's) per paper
     */
    record Pass(int done, double seconds, double cpuMsPerPaper) {
    }

    @Test
    void extracts2000AbstractsThroughTheSimulator() throws Exception {
        measure(dir);
    }

    public static void main(String[] args) throws Exception {
        Path tmp = Files.createTempDirectory("llm-bench");
        try {
            measure(tmp);
        } finally {
            try (var files = Files.walk(tmp)) {
                files.sorted(Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
            }
        }
        System.exit(0); // the tokenizer's native library and pools would keep a plain JVM waiting
    }

    static void measure(Path dir) throws Exception {
        int papers = Integer.getInteger("bench.papers", 2000);
        int slots = Integer.getInteger("bench.slots", 32);
        int concurrency = Integer.getInteger("bench.concurrency", 64);
        List<Paper> corpus = LlmCorpus.all().subList(0, papers);
        ExtractionSchema schema = ExtractionSchema.load();
        PromptTemplates prompts = PromptTemplates.extraction();

        try (OpenAiServerSimulator sim = new OpenAiServerSimulator(slots, Integer.getInteger("bench.prefillMicros", 20),
                Integer.getInteger("bench.decodeMicros", 1000), 4 * concurrency)) {
            LlmProperties props = LlmTestSupport.props(sim.baseUrl(), "max-in-flight", Integer.toString(concurrency),
                    "request-timeout", "120s");
            ExecutorService pool = Executors.newFixedThreadPool(concurrency, OpenAiResilience.daemonThreads("bench-"));
            try (OpenAiChatClient client = new OpenAiChatClient(props)) {
                // warm-up on other texts (so they miss the cache), leaving the JIT and the prefix cache warm
                pass(pool, extractor(props, client, prompts, schema, dir.resolve("warm")),
                        corpus.subList(0, 200).stream().map(LlmThroughputBench::variant).toList());
                sim.resetStatistics();

                Pass cold = pass(pool, extractor(props, client, prompts, schema, dir.resolve("cache")), corpus);
                int calls = sim.requests();
                LlmExtractor restarted = extractor(props, client, prompts, schema, dir.resolve("cache"));
                Pass cached = pass(pool, restarted, corpus);

                double rate = cold.done() / cold.seconds();
                double capacity = sim.capacityPerSecond();
                System.out.printf("%nLLM extractor throughput against the simulated server%n"
                                + "| papers | slots | client concurrency | wall (s) | papers/s | simulator capacity (papers/s) | of capacity"
                                + " | mean service (ms) | mean queue wait (ms) | client CPU per paper (ms) | cached re-run (s)"
                                + " | cached CPU per paper (ms) | LLM calls on re-run |%n"
                                + "|---|---|---|---|---|---|---|---|---|---|---|---|---|%n"
                                + "| %d | %d | %d | %.2f | %.1f | %.1f | %.1f%% | %.0f | %.0f | %.2f | %.2f | %.2f | %d |%n"
                                + "goal >= 90%% of capacity: %s%n%n",
                        cold.done(), slots, concurrency, cold.seconds(), rate, capacity, 100 * rate / capacity,
                        sim.meanServiceMillis(), sim.meanQueueMillis(), cold.cpuMsPerPaper(), cached.seconds(),
                        cached.cpuMsPerPaper(), sim.requests() - calls, rate >= 0.9 * capacity ? "met" : "NOT met");

                assertThat(cold.done()).isEqualTo(papers);
                // a text seen twice (the corpus has a few duplicates) is served from the cache unless in flight
                long distinct = corpus.stream().map(p -> p.headText().strip()).distinct().count();
                assertThat(calls).isBetween((int) distinct, papers);
                assertThat(cached.done()).isEqualTo(papers);
                assertThat(sim.requests()).isEqualTo(calls); // the re-run made no LLM call
                assertThat(restarted.cacheHits()).isEqualTo(papers);
            } finally {
                pool.shutdownNow();
            }
        }
    }

    private static LlmExtractor extractor(LlmProperties props, OpenAiChatClient client, PromptTemplates prompts,
            ExtractionSchema schema, Path cacheDir) {
        return new LlmExtractor(props, client, prompts, schema, new ExtractionCacheOnDisk(cacheDir, schema),
                LlmTestSupport.tokens());
    }

    /** Extracts every paper on the pool, timing the wall and the client's CPU; the first failures are printed. */
    private static Pass pass(ExecutorService pool, Extractor extractor, List<Paper> papers) throws InterruptedException {
        Map<Long, Long> cpu0 = clientCpu();
        long t0 = System.nanoTime();
        List<Future<ExtractionResult>> futures = new ArrayList<>(papers.size());
        for (Paper p : papers) {
            futures.add(pool.submit(() -> extractor.extract(p)));
        }
        int ok = 0;
        for (int i = 0; i < futures.size(); i++) {
            try {
                futures.get(i).get();
                ok++;
            } catch (ExecutionException e) {
                if (i - ok < 5) {
                    System.out.println("failed: " + papers.get(i).id() + ": " + e.getCause());
                }
            }
        }
        if (ok < papers.size()) {
            System.out.println((papers.size() - ok) + " of " + papers.size() + " failed");
        }
        double seconds = (System.nanoTime() - t0) / 1e9;
        Map<Long, Long> cpu1 = clientCpu();
        Map<String, Long> byGroup = new TreeMap<>();
        for (var e : cpu1.entrySet()) {
            ThreadInfo t = THREADS.getThreadInfo(e.getKey());
            String group = t == null ? "gone" : t.getThreadName().replaceAll("[-0-9]+$", "");
            byGroup.merge(group, e.getValue() - cpu0.getOrDefault(e.getKey(), 0L), Long::sum);
        }
        if (Boolean.getBoolean("bench.threads")) {
            byGroup.forEach((g, ns) -> System.out.printf("  %-40s %.2f ms/paper%n", g, ns / 1e6 / papers.size()));
        }
        long total = byGroup.values().stream().mapToLong(Long::longValue).sum();
        return new Pass(ok, seconds, total / 1e6 / papers.size());
    }

    private static Paper variant(Paper p) {
        return LlmTestSupport.paper(p.id() + "#warm", p.title(), p.abstractText() + " (warm-up)", p.lang());
    }

    /** CPU time of every live thread except the simulator's, by thread id. */
    private static Map<Long, Long> clientCpu() {
        Map<Long, Long> cpu = new HashMap<>();
        for (ThreadInfo t : THREADS.getThreadInfo(THREADS.getAllThreadIds())) {
            if (t != null && !t.getThreadName().startsWith(OpenAiServerSimulator.THREAD_PREFIX)
                    && !t.getThreadName().startsWith("HTTP-Dispatcher")) {
                long ns = THREADS.getThreadCpuTime(t.getThreadId());
                if (ns >= 0) {
                    cpu.put(t.getThreadId(), ns);
                }
            }
        }
        return cpu;
    }
}
