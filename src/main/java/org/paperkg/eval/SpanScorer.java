package org.paperkg.eval;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Matches predicted to gold spans of one type in one document, one-to-one. Strict: same start and
 * end. Lenient: any character overlap; pairs are taken greedily by overlap size (ties by position),
 * so a prediction never matches two gold mentions and a duplicate never matches twice.
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
        List<int[]> pairs = new ArrayList<>();
        for (int i = 0; i < g.size(); i++) {
            for (int j = 0; j < predicted.size(); j++) {
                int o = g.get(i).overlap(predicted.get(j));
                if (o > 0) {
                    pairs.add(new int[] {i, j, o});
                }
            }
        }
        pairs.sort(Comparator.<int[]>comparingInt(p -> -p[2]).thenComparingInt(p -> p[0]).thenComparingInt(p -> p[1]));
        boolean[] goldUsed = new boolean[g.size()];
        boolean[] predUsed = new boolean[predicted.size()];
        int matched = 0;
        for (int[] p : pairs) {
            if (!goldUsed[p[0]] && !predUsed[p[1]]) {
                goldUsed[p[0]] = true;
                predUsed[p[1]] = true;
                matched++;
            }
        }
        return Prf.of(matched, predicted.size(), g.size());
    }
}
