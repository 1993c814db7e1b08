package org.paperkg.extract;

/**
 * The typed entities an extraction names: tasks, methods (with their acronyms), datasets, and the
 * metrics of results. The offline tagger labels these; the evaluation maps each gold dataset's
 * labels onto them (README, Evaluation).
 */
public enum EntityType {
    TASK, METHOD, DATASET, METRIC
}
