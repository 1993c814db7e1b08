package org.paperkg.graph;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.paperkg.extract.ExtractorInfo;
import org.paperkg.extract.Summary;
import org.paperkg.resolve.Citation;
import org.paperkg.resolve.EntityLabel;
import org.paperkg.resolve.EntityNode;
import org.paperkg.resolve.Fact;
import org.paperkg.resolve.FactType;
import org.paperkg.resolve.PaperGraph;
import org.paperkg.resolve.ResultNode;
import org.paperkg.source.Author;
import org.paperkg.source.Paper;

/**
 * Resolved papers shaped like the extractor's output, for write benchmarks: each has 3 authors, 5
 * citations and 15 facts (task, proposed, used and compared methods, datasets, method lineage and 4
 * results), drawing on shared pools of tasks, methods, datasets, metrics and authors as a real corpus
 * does, so most entity writes meet a node that exists. Seeded: the same {@code n} gives the same papers.
 */
final class SyntheticPapers {

    private static final ExtractorInfo INFO = new ExtractorInfo("bench", "synthetic", "v0");

    private SyntheticPapers() {
    }

    /** Papers number {@code first} to {@code first + n - 1}, citing papers numbered from 0. */
    static List<PaperGraph> make(int first, int n, long seed) {
        return make(0, first, n, seed);
    }

    /**
     * Papers number {@code first} to {@code first + n - 1} of a corpus numbered from {@code corpus}: each
     * cites papers of that corpus, mostly earlier ones (stored by then) and a few just after it (stubs
     * until they arrive).
     */
    static List<PaperGraph> make(int corpus, int first, int n, long seed) {
        Random r = new Random(seed);
        List<PaperGraph> out = new ArrayList<>(n);
        for (int i = first; i < first + n; i++) {
            out.add(paper(corpus, i, r));
        }
        return out;
    }

    /** The same papers as made by a new prompt version: same shape, new provenance, so a write replaces all. */
    static List<PaperGraph> renewed(List<PaperGraph> papers) {
        ExtractorInfo next = new ExtractorInfo(INFO.extractor(), INFO.model(), INFO.promptVersion() + "-next");
        return papers.stream().map(g -> new PaperGraph(g.paper(), g.summary(), g.entities(), g.facts(), g.results(),
                g.citations(), next, g.dropped())).toList();
    }

    private static PaperGraph paper(int corpus, int i, Random r) {
        String id = "doi:10.5555/bench." + i;
        String proposed = "method-" + i;
        List<EntityNode> entities = new ArrayList<>();
        List<Fact> facts = new ArrayList<>();
        String task = pick(r, "task", 60);
        entities.add(entity(EntityLabel.Task, task));
        facts.add(fact(FactType.ADDRESSES, null, task));
        entities.add(entity(EntityLabel.Method, proposed));
        facts.add(fact(FactType.PROPOSES, null, proposed));
        List<String> methods = new ArrayList<>();
        for (int k = 0; k < 4; k++) {
            String m = pick(r, "method", 1500);
            methods.add(m);
            entities.add(entity(EntityLabel.Method, m));
            facts.add(fact(k < 2 ? FactType.USES : FactType.COMPARES_TO, null, m));
        }
        facts.add(fact(FactType.EXTENDS, proposed, methods.get(0)));
        facts.add(fact(FactType.IMPROVES_ON, proposed, methods.get(2)));
        facts.add(fact(FactType.APPLIED_TO, proposed, task));
        List<String> datasets = List.of(pick(r, "dataset", 400), pick(r, "dataset", 400));
        datasets.forEach(d -> {
            entities.add(entity(EntityLabel.Dataset, d));
            facts.add(fact(FactType.EVALUATES_ON, null, d));
        });
        List<ResultNode> results = new ArrayList<>();
        for (int k = 0; k < 4; k++) {
            String metric = pick(r, "metric", 25);
            entities.add(entity(EntityLabel.Metric, metric));
            String method = k % 2 == 0 ? proposed : methods.get(2);
            String dataset = datasets.get(k / 2);
            double v = 50 + r.nextInt(500) / 10.0;
            results.add(new ResultNode(String.join("|", id, method, dataset, metric + "#" + k), v + "%", v, "%", method,
                    dataset, metric, "It reaches " + v + "% " + metric + " on " + dataset + "."));
        }
        List<Citation> citations = new ArrayList<>();
        for (int k = 0; k < 5; k++) {
            int cited = corpus + r.nextInt(i - corpus + 50);
            citations.add(new Citation("doi:10.5555/bench." + cited, "Cited paper " + cited, 2000 + cited % 24,
                    "10.5555/bench." + cited, null, "cited paper " + cited));
        }
        Paper p = new Paper(id, "Benchmark paper " + i + " on " + task, abstractOf(i, task, proposed, methods, datasets),
                List.of(Author.named(pick(r, "Author", 3000)), Author.named(pick(r, "Author", 3000)),
                        Author.named(pick(r, "Author", 3000))), 2000 + i % 25, null, "10.5555/bench." + i, null, null, "en",
                List.of(), List.of(), List.of(), "jsonl");
        return new PaperGraph(p, new Summary(task, proposed, "", ""), entities.stream().distinct().toList(), facts,
                results, citations, INFO, 0);
    }

    private static String abstractOf(int i, String task, String proposed, List<String> methods, List<String> datasets) {
        return ("We study " + task + ". We propose " + proposed + ", which extends " + methods.get(0) + " and uses "
                + methods.get(1) + ". Compared with " + methods.get(2) + " and " + methods.get(3) + ", it is evaluated on "
                + datasets.get(0) + " and " + datasets.get(1) + ". ").repeat(4) + "Paper number " + i + ".";
    }

    /** A name from a pool, the low numbers more often than the high (a few entities are everywhere). */
    private static String pick(Random r, String kind, int pool) {
        double u = r.nextDouble();
        return kind + "-" + (int) (pool * u * u);
    }

    private static EntityNode entity(EntityLabel label, String key) {
        return new EntityNode(label, key, key, null, List.of(key), List.of());
    }

    private static Fact fact(FactType type, String from, String to) {
        return new Fact(type, from, to, "The paper states " + type.name().toLowerCase() + " " + to + ".");
    }
}
