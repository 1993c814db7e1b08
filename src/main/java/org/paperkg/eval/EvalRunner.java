package org.paperkg.eval;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.paperkg.extract.Extraction;
import org.paperkg.extract.ExtractionException;
import org.paperkg.extract.ExtractionResult;
import org.paperkg.extract.Extractor;
import org.paperkg.extract.SentenceRoleClassifier;
import org.paperkg.ground.Grounder;
import org.paperkg.source.Paper;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs an extractor over gold datasets and scores it: mentions per type (strict and lenient),
 * sentence roles, the share of items grounding keeps, and abstracts per second. Documents are
 * extracted on {@link EvalOptions#threads()} threads and scored afterwards in file order, so the
 * scores do not depend on the thread count. The speed is documents over the wall time of the
 * extraction calls alone (reading gold files, role classification and scoring excluded).
 */
public final class EvalRunner {

    private static final Logger log = LoggerFactory.getLogger(EvalRunner.class);

    private final Grounder grounder;

    public EvalRunner(Grounder grounder) {
        this.grounder = grounder;
    }

    /** Scores the extractor on already loaded datasets. */
    public EvalReport run(Extractor extractor, List<Dataset> datasets, EvalOptions options) {
        List<DatasetReport> reports = new ArrayList<>();
        ExecutorService pool = Executors.newFixedThreadPool(options.threads(), r -> {
            Thread t = new Thread(r, "eval-" + extractor.info().extractor());
            t.setDaemon(true);
            return t;
        });
        try {
            for (Dataset d : datasets) {
                reports.add(run(extractor, limit(d, options.limit()), options, pool));
            }
        } finally {
            pool.shutdownNow();
        }
        return new EvalReport(extractor.info(), options.threads(), reports);
    }

    private static Dataset limit(Dataset d, int limit) {
        return limit == 0 || d.docs().size() <= limit ? d
                : new Dataset(d.name(), d.docs().subList(0, limit), d.types(), d.roles());
    }

    private DatasetReport run(Extractor extractor, Dataset dataset, EvalOptions options, ExecutorService pool) {
        List<Paper> papers = dataset.docs().stream().map(doc -> paper(dataset, doc)).toList();
        for (int i = 0; i < Math.min(options.warmup(), papers.size()); i++) {
            extract(extractor, papers.get(i));
        }
        long t0 = System.nanoTime();
        List<Future<DocOutcome>> futures = new ArrayList<>();
        for (Paper p : papers) {
            futures.add(pool.submit(() -> extract(extractor, p)));
        }
        List<DocOutcome> outcomes = new ArrayList<>();
        for (Future<DocOutcome> f : futures) {
            outcomes.add(await(f));
        }
        double seconds = (System.nanoTime() - t0) / 1e9;
        DatasetScorer scorer = new DatasetScorer(dataset);
        int failures = 0;
        int items = 0;
        int kept = 0;
        for (int i = 0; i < papers.size(); i++) {
            GoldDoc doc = dataset.docs().get(i);
            DocOutcome outcome = roles(extractor, dataset, doc, outcomes.get(i));
            if (outcome.failure() != null) {
                failures++;
                if (failures <= 5) {
                    log.warn("{}: document {} failed: {}", dataset.name(), doc.id(), outcome.failure());
                }
            }
            Extraction extraction = outcome.result() == null ? Extraction.EMPTY : outcome.result().extraction();
            scorer.mentions(doc, extraction);
            if (dataset.roles()) {
                scorer.roles(doc, outcome.roles() != null ? outcome.roles()
                        : SummaryRoles.of(doc.sentences().stream().map(GoldSentence::text).toList(), extraction.summary()));
            }
            if (outcome.result() != null) {
                items += extraction.itemCount();
                kept += grounder.ground(papers.get(i), outcome.result()).result().extraction().itemCount();
            }
        }
        log.info("{}: {} documents in {} s", dataset.name(), papers.size(), String.format(java.util.Locale.ROOT, "%.2f", seconds));
        return new DatasetReport(dataset.name(), papers.size(), failures, scorer.typeScores(), scorer.roleScore(),
                items, items == 0 ? 1.0 : (double) kept / items, seconds == 0 ? 0 : papers.size() / seconds);
    }

    private static Paper paper(Dataset dataset, GoldDoc doc) {
        return new Paper("eval:" + dataset.name() + ":" + doc.id(), doc.title(), doc.abstractText(), List.of(), null,
                null, null, null, null, doc.lang(), List.of(), List.of(), List.of(), "eval");
    }

    private static DocOutcome extract(Extractor extractor, Paper paper) {
        try {
            return new DocOutcome(extractor.extract(paper), null, null);
        } catch (ExtractionException | RuntimeException e) {
            return new DocOutcome(null, e.getMessage(), null);
        }
    }

    /** Adds the roles an extractor that classifies sentences gives the gold sentences (untimed). */
    private static DocOutcome roles(Extractor extractor, Dataset dataset, GoldDoc doc, DocOutcome outcome) {
        if (!dataset.roles() || !(extractor instanceof SentenceRoleClassifier c)) {
            return outcome;
        }
        return new DocOutcome(outcome.result(), outcome.failure(),
                c.classify(doc.sentences().stream().map(GoldSentence::text).toList(), doc.lang()));
    }

    private static DocOutcome await(Future<DocOutcome> f) {
        try {
            return f.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("evaluation interrupted", e);
        } catch (ExecutionException e) {
            return new DocOutcome(null, String.valueOf(e.getCause()), null);
        }
    }
}
