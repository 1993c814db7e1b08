package org.paperkg.eval;

import java.util.List;
import java.util.TreeMap;
import org.paperkg.extract.SentenceRole;

/** Accumulates gold against predicted sentence roles into accuracy and macro-F1. Not thread-safe. */
final class RoleScorer {

    private final int[][] confusion = new int[SentenceRole.values().length][SentenceRole.values().length];
    private int total;

    void add(List<SentenceRole> gold, List<SentenceRole> predicted) {
        if (gold.size() != predicted.size()) {
            throw new IllegalArgumentException(gold.size() + " gold roles but " + predicted.size() + " predicted");
        }
        for (int i = 0; i < gold.size(); i++) {
            confusion[gold.get(i).ordinal()][predicted.get(i).ordinal()]++;
            total++;
        }
    }

    RoleScore score() {
        int correct = 0;
        double sumF1 = 0;
        int roles = 0;
        TreeMap<String, Double> byRole = new TreeMap<>();
        for (SentenceRole r : SentenceRole.values()) {
            int k = r.ordinal();
            correct += confusion[k][k];
            int gold = 0;
            int pred = 0;
            for (int j = 0; j < confusion.length; j++) {
                gold += confusion[k][j];
                pred += confusion[j][k];
            }
            if (gold == 0) {
                continue;
            }
            double f1 = Prf.of(confusion[k][k], pred, gold).f1();
            byRole.put(r.label(), f1);
            sumF1 += f1;
            roles++;
        }
        return new RoleScore(total, total == 0 ? 0 : (double) correct / total, roles == 0 ? 0 : sumF1 / roles, byRole);
    }
}
