package org.paperkg.extract;

import java.util.List;
import org.paperkg.source.Paper;

/**
 * Measures the rule extractor's speed over the 73 sample abstracts, repeated. A benchmark, not a
 * test: it prints the figure and asserts nothing. Run after {@code mvn -o -q test-compile} with
 * {@code java -cp target/classes:target/test-classes:<dependencies> org.paperkg.extract.RuleExtractorThroughput [rounds]}.
 */
public final class RuleExtractorThroughput {

    private RuleExtractorThroughput() {
    }

    public static void main(String[] args) throws Exception {
        int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 200;
        List<Paper> papers = Fixtures.samplePapers();
        RuleExtractor extractor = new RuleExtractor();
        int sink = 0;
        for (int i = 0; i < 20; i++) { // warm-up so the JIT has compiled the rules
            for (Paper p : papers) {
                sink += extractor.extract(p).extraction().itemCount();
            }
        }
        java.lang.management.ThreadMXBean threads = java.lang.management.ManagementFactory.getThreadMXBean();
        long cpuStart = threads.getCurrentThreadCpuTime();
        long start = System.nanoTime();
        for (int i = 0; i < rounds; i++) {
            for (Paper p : papers) {
                sink += extractor.extract(p).extraction().itemCount();
            }
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        // CPU time as well: on a shared machine the wall clock also counts other processes' turns
        double cpuSeconds = (threads.getCurrentThreadCpuTime() - cpuStart) / 1e9;
        int n = rounds * papers.size();
        System.out.printf("RuleExtractor: %d abstracts in %.2f s wall = %.0f abstracts/s; %.2f s CPU = %.0f abstracts/s"
                + " per core (items %d)%n", n, seconds, n / seconds, cpuSeconds, n / cpuSeconds, sink);
    }
}
