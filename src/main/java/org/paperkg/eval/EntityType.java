package org.paperkg.eval;

/** The entity types paper-kg extracts and the evaluation scores; see {@code docs-eval.md} for each dataset's mapping. */
public enum EntityType {
    TASK, METHOD, DATASET, METRIC
}
