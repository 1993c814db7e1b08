package org.paperkg.eval;

import java.util.Map;

/**
 * Sentence-role scores of one dataset.
 *
 * @param sentences sentences scored
 * @param accuracy  share labelled correctly
 * @param macroF1   mean F1 over the roles that occur in the gold data
 * @param f1ByRole  F1 per role label
 */
public record RoleScore(int sentences, double accuracy, double macroF1, Map<String, Double> f1ByRole) {
    public RoleScore {
        f1ByRole = Map.copyOf(f1ByRole);
    }
}
