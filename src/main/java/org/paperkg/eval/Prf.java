package org.paperkg.eval;

/**
 * Precision, recall and F1 from match counts (micro-averaged when the counts are sums).
 *
 * @param matched   predictions matched one-to-one to gold mentions
 * @param predicted predictions
 * @param gold      gold mentions
 */
public record Prf(int matched, int predicted, int gold, double precision, double recall, double f1) {

    public static Prf of(int matched, int predicted, int gold) {
        double p = predicted == 0 ? 0 : (double) matched / predicted;
        double r = gold == 0 ? 0 : (double) matched / gold;
        double f = p + r == 0 ? 0 : 2 * p * r / (p + r);
        return new Prf(matched, predicted, gold, p, r, f);
    }

    public Prf plus(Prf o) {
        return of(matched + o.matched, predicted + o.predicted, gold + o.gold);
    }

    public static final Prf ZERO = of(0, 0, 0);
}
