package org.paperkg.eval;

import java.util.List;
import org.paperkg.extract.ExtractorInfo;

/**
 * One evaluation run: which extractor, and its scores per dataset.
 *
 * @param extractor the extractor's provenance stamp
 * @param threads   documents extracted at once while timing
 * @param datasets  one report per dataset, in the order run
 */
public record EvalReport(ExtractorInfo extractor, int threads, List<DatasetReport> datasets) {
    public EvalReport {
        datasets = List.copyOf(datasets);
    }
}
