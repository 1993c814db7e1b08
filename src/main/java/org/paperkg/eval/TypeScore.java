package org.paperkg.eval;

/**
 * Mention scores of one entity type (or {@code ALL}, micro-averaged over the dataset's types).
 *
 * @param type    the paper-kg type, or {@code ALL}
 * @param strict  exact span match
 * @param lenient overlapping span match
 */
public record TypeScore(String type, Prf strict, Prf lenient) {
}
