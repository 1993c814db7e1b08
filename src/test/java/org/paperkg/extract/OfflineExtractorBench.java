package org.paperkg.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.paperkg.BenchTable;
import org.paperkg.source.Paper;

/**
 * The offline (rule) extractor's speed over 2,058 real abstracts (English and Chinese, see
 * {@link LlmCorpus}), on one thread and on every core. Run:
 * {@code mvn -o -q test -Dgroups=bench -DexcludedGroups=none -Dtest=OfflineExtractorBench} ({@code -Dbench.rounds}).
 */
@Tag("bench")
class OfflineExtractorBench {

    @Test
    void extractsAbstracts() throws Exception {
        int rounds = Integer.getInteger("bench.rounds", 3);
        List<Paper> corpus = LlmCorpus.all();
        RuleExtractor extractor = new RuleExtractor();
        run(extractor, corpus, 1); // warm-up
        int n = rounds * corpus.size();
        int cores = Runtime.getRuntime().availableProcessors();

        var one = BenchTable.time(() -> run(extractor, corpus, rounds));
        ExecutorService pool = Executors.newFixedThreadPool(cores);
        try {
            var all = BenchTable.time(() -> {
                try {
                    List<Future<Long>> parts = pool.invokeAll(java.util.stream.IntStream.range(0, cores)
                            .<java.util.concurrent.Callable<Long>>mapToObj(c -> () -> run(extractor, corpus, rounds)).toList());
                    long items = 0;
                    for (Future<Long> f : parts) {
                        items += f.get();
                    }
                    return items;
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            });
            assertThat(one.value()).isPositive();
            new BenchTable("Offline extractor (" + corpus.size() + " abstracts, English and Chinese)",
                    "threads", "abstracts", "wall s", "abstracts/s", "process CPU s", "abstracts per CPU second")
                    .row(1, n, one.seconds(), one.perSecond(n), one.cpuSeconds(), n / one.cpuSeconds())
                    .row(cores, n * cores, all.seconds(), all.perSecond((long) n * cores), all.cpuSeconds(),
                            n * cores / all.cpuSeconds())
                    .print();
        } finally {
            pool.shutdownNow();
        }
    }

    /** Extracts every abstract {@code rounds} times; the items found. */
    private static long run(RuleExtractor extractor, List<Paper> corpus, int rounds) {
        long items = 0;
        try {
            for (int r = 0; r < rounds; r++) {
                for (Paper p : corpus) {
                    items += extractor.extract(p).extraction().itemCount();
                }
            }
        } catch (ExtractionException e) {
            throw new IllegalStateException(e);
        }
        return items;
    }
}
