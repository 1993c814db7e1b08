package org.paperkg.extract;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Path;
import java.util.List;
import org.paperkg.source.Paper;

/**
 * Measures the offline extractor v1: load time, then abstracts per second on one thread over the
 * 2,058 abstracts of the test corpus (wall clock and this thread's CPU time, which on a shared machine
 * is the fairer figure; PyTorch runs on the calling thread when {@code ai.djl.pytorch.num_threads=1}).
 * A benchmark, not a test. Arguments: [rounds] [model folder, default the shipped weights].
 */
public final class OfflineExtractorThroughput {

    private OfflineExtractorThroughput() {
    }

    public static void main(String[] args) throws Exception {
        int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 2;
        long t0 = System.nanoTime();
        OfflineExtractorV1 v1 = args.length > 1 ? OfflineExtractorV1.load(Path.of(args[1])) : OfflineExtractorV1.load();
        System.out.printf("load: %.2f s (engine start included)%n", (System.nanoTime() - t0) / 1e9);
        long t1 = System.nanoTime();
        try (OfflineExtractorV1 again = args.length > 1 ? OfflineExtractorV1.load(Path.of(args[1])) : OfflineExtractorV1.load()) {
            System.out.printf("load again (warm engine): %.2f s%n", (System.nanoTime() - t1) / 1e9);
        }
        List<Paper> papers = LlmCorpus.all();
        for (int i = 0; i < 200; i++) {
            v1.extract(papers.get(i % papers.size()));
        }
        measure("offline-v1", papers, rounds, p -> v1.extract(p).extraction().itemCount());
        if (args.length > 1) {
            try (var tm = org.paperkg.extract.model.SequenceModel.load(Path.of(args[1]).resolve(MentionTagger.NAME), MentionTagger.NAME);
                    var rm = org.paperkg.extract.model.SequenceModel.load(Path.of(args[1]).resolve(RoleModel.NAME), RoleModel.NAME)) {
                MentionTagger tagger = new MentionTagger(tm);
                RoleModel roles = new RoleModel(rm);
                measure("tagger only", papers, rounds, p -> tagger.tag(SentenceSplit.headSentences(p.title(), p.abstractText(), "en")).size());
                measure("roles only", papers, rounds, p -> roles.classify(SentenceSplit.headSentences(null, p.abstractText(), "en")).size());
                measure("tagger features only", papers, rounds, p -> {
                    int n = 0;
                    for (Sent s : SentenceSplit.headSentences(p.title(), p.abstractText(), "en")) {
                        n += TokenFeatures.of(s.tokens(), 1 << 15).length;
                    }
                    return n;
                });
            }
        }
        RuleExtractor rules = new RuleExtractor();
        measure("rules-v0", papers, rounds, p -> rules.extract(p).extraction().itemCount());
        v1.close();
    }

    interface Run {
        int apply(Paper p) throws Exception;
    }

    private static void measure(String name, List<Paper> papers, int rounds, Run run) throws Exception {
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long cpu = threads.getCurrentThreadCpuTime();
        long start = System.nanoTime();
        int sink = 0;
        for (int r = 0; r < rounds; r++) {
            for (Paper p : papers) {
                sink += run.apply(p);
            }
        }
        double wall = (System.nanoTime() - start) / 1e9;
        double cpuSeconds = (threads.getCurrentThreadCpuTime() - cpu) / 1e9;
        int n = rounds * papers.size();
        System.out.printf("%s: %d abstracts in %.2f s wall = %.0f abstracts/s; %.2f s CPU = %.0f abstracts/s per core"
                + " (items %d)%n", name, n, wall, n / wall, cpuSeconds, n / cpuSeconds, sink);
    }
}
