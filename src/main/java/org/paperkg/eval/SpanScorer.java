package org.paperkg.eval;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Matches predicted to gold spans of one type in one document, one-to-one. Duplicate gold spans
 * count once; every prediction counts, so a duplicate prediction is a false positive. Strict: same
 * start and end. Lenient: any character overlap, with the largest possible number of one-to-one
 * pairs (a maximum bipartite matching), so a prediction never matches two gold mentions and the
 * count does not depend on the order spans come in.
 */
final class SpanScorer {

    private SpanScorer() {
    }

    static Prf strict(List<Span> gold, List<Span> predicted) {
        Set<Span> g = new LinkedHashSet<>(gold);
        int matched = 0;
        Set<Span> seen = new HashSet<>();
        for (Span p : predicted) {
            if (p.located() && seen.add(p) && g.contains(p)) {
                matched++;
            }
        }
        return Prf.of(matched, predicted.size(), g.size());
    }

    static Prf lenient(List<Span> gold, List<Span> predicted) {
        List<Span> g = new ArrayList<>(new LinkedHashSet<>(gold));
        int[] predOwner = new int[predicted.size()];
        Arrays.fill(predOwner, -1);
        int matched = 0;
        for (int i = 0; i < g.size(); i++) {
            if (augment(i, g, predicted, predOwner, new boolean[predicted.size()])) {
                matched++;
            }
        }
        return Prf.of(matched, predicted.size(), g.size());
    }

    /** Kuhn's augmenting path: finds gold {@code i} a prediction, moving earlier pairs if need be. */
    private static boolean augment(int i, List<Span> gold, List<Span> predicted, int[] predOwner, boolean[] visited) {
        for (int j = 0; j < predicted.size(); j++) {
            if (visited[j] || gold.get(i).overlap(predicted.get(j)) == 0) {
                continue;
            }
            visited[j] = true;
            if (predOwner[j] < 0 || augment(predOwner[j], gold, predicted, predOwner, visited)) {
                predOwner[j] = i;
                return true;
            }
        }
        return false;
    }
}
