package org.paperkg.eval;

import java.util.List;

/**
 * What one extractor scored on one dataset.
 *
 * @param dataset        the dataset's name
 * @param docs           documents run
 * @param failures       documents the extractor threw on (scored as extracting nothing)
 * @param types          mention scores per type the dataset annotates, then {@code ALL}; empty for role-only data
 * @param roles          sentence-role scores, or {@code null} when the dataset has no roles
 * @param items          typed items extracted
 * @param groundingKept  share of extracted items the grounder kept (1 when nothing was extracted)
 * @param docsPerSecond  documents per second of extraction time (reading and scoring excluded)
 */
public record DatasetReport(String dataset, int docs, int failures, List<TypeScore> types, RoleScore roles,
        int items, double groundingKept, double docsPerSecond) {
    public DatasetReport {
        types = List.copyOf(types);
    }
}
