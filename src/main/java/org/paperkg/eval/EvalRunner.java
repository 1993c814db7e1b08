package org.paperkg.eval;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.paperkg.extract.Extraction;
import org.paperkg.extract.ExtractionException;
import org.paperkg.extract.ExtractionResult;
import org.paperkg.extract.Extractor;
import org.paperkg.extract.SentenceRole;
import org.paperkg.extract.SentenceRoleClassifier;
import org.paperkg.ground.Grounder;
import org.paperkg.source.Paper;

/**
 * Runs an extractor over gold datasets and scores it: mentions per type (strict and lenient),
 * sentence roles, the share of items grounding keeps, and documents per second. Documents run one
 * after another on the calling thread, so the speed is single-thread speed.
 */
public final class EvalRunner {

    private final Grounder grounder;

    public EvalRunner(Grounder grounder) {
        this.grounder = grounder;
    }

    /** Scores the extractor on already loaded datasets. */
    public EvalReport run(Extractor extractor, List<Dataset> datasets) {
        List<DatasetReport> reports = new ArrayList<>();
        for (Dataset d : datasets) {
            reports.add(run(extractor, d));
        }
        return new EvalReport(extractor.info(), reports);
    }

    /**
     * Loads the dev splits of the named datasets from {@code goldDir}, scores the extractor on them
     * and writes {@code eval-<extractor>.md} and {@code .json} into {@code outDir}.
     */
    public EvalReport run(Extractor extractor, Path goldDir, Set<String> datasets, Path outDir) {
        List<String> names = GoldDatasets.NAMES.stream().filter(datasets::contains).toList();
        if (names.size() != datasets.size()) {
            throw new IllegalArgumentException("unknown gold dataset in " + datasets + "; known: " + GoldDatasets.NAMES);
        }
        EvalReport report = run(extractor, GoldDatasets.load(goldDir, names, Split.DEV));
        ReportWriter.write(report, outDir);
        return report;
    }

    private DatasetReport run(Extractor extractor, Dataset dataset) {
        DatasetScorer scorer = new DatasetScorer(dataset);
        long nanos = 0;
        int failures = 0;
        int items = 0;
        int kept = 0;
        for (GoldDoc doc : dataset.docs()) {
            Paper paper = new Paper("eval:" + dataset.name() + ":" + doc.id(), doc.title(), doc.abstractText(), List.of(),
                    null, null, null, null, null, doc.lang(), List.of(), List.of(), List.of(), "eval");
            long t0 = System.nanoTime();
            ExtractionResult result = null;
            try {
                result = extractor.extract(paper);
            } catch (ExtractionException e) {
                failures++;
            }
            List<SentenceRole> roles = dataset.roles() && extractor instanceof SentenceRoleClassifier c
                    ? c.classify(doc.sentences().stream().map(GoldSentence::text).toList(), doc.lang()) : null;
            nanos += System.nanoTime() - t0;
            Extraction extraction = result == null ? Extraction.EMPTY : result.extraction();
            scorer.mentions(doc, extraction);
            if (dataset.roles()) {
                scorer.roles(doc, roles != null ? roles
                        : SummaryRoles.of(doc.sentences().stream().map(GoldSentence::text).toList(), extraction.summary()));
            }
            if (result != null) {
                items += extraction.itemCount();
                kept += grounder.ground(paper, result).result().extraction().itemCount();
            }
        }
        double perSecond = nanos == 0 ? 0 : dataset.docs().size() / (nanos / 1e9);
        return new DatasetReport(dataset.name(), dataset.docs().size(), failures, scorer.typeScores(), scorer.roleScore(),
                items, items == 0 ? 1.0 : (double) kept / items, perSecond);
    }
}
