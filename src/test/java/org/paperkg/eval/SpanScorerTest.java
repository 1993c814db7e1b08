package org.paperkg.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;

class SpanScorerTest {

    private static final List<Span> GOLD = List.of(new Span(0, 5), new Span(10, 20), new Span(30, 40));

    /** exact, partial inside, the same partial again, partial across the end, nothing, a made-up name */
    private static final List<Span> PREDICTED = List.of(new Span(0, 5), new Span(12, 18), new Span(12, 18),
            new Span(35, 45), new Span(50, 55), Span.UNLOCATED);

    @Test
    void strictCountsOnlyExactBoundariesAndEveryPrediction() {
        Prf p = SpanScorer.strict(GOLD, PREDICTED);
        assertThat(p.matched()).isEqualTo(1);
        assertThat(p.predicted()).isEqualTo(6);
        assertThat(p.gold()).isEqualTo(3);
        assertThat(p.precision()).isCloseTo(1 / 6.0, within(1e-9));
        assertThat(p.recall()).isCloseTo(1 / 3.0, within(1e-9));
        assertThat(p.f1()).isCloseTo(2 * (1 / 6.0) * (1 / 3.0) / (1 / 6.0 + 1 / 3.0), within(1e-9));
    }

    @Test
    void lenientMatchesOverlapsOneToOneSoADuplicateIsAFalsePositive() {
        Prf p = SpanScorer.lenient(GOLD, PREDICTED);
        assertThat(p.matched()).isEqualTo(3);
        assertThat(p.precision()).isCloseTo(0.5, within(1e-9));
        assertThat(p.recall()).isCloseTo(1.0, within(1e-9));
        assertThat(p.f1()).isCloseTo(2 / 3.0, within(1e-9));
    }

    @Test
    void lenientFindsTheLargestMatchingNotTheGreediest() {
        // the long prediction overlaps both gold spans most; taken first it would strand the short one
        List<Span> gold = List.of(new Span(0, 10), new Span(10, 20));
        List<Span> predicted = List.of(new Span(5, 15), new Span(0, 4));
        assertThat(SpanScorer.lenient(gold, predicted).matched()).isEqualTo(2);
        assertThat(SpanScorer.strict(gold, predicted).matched()).isZero();
    }

    @Test
    void duplicateGoldSpansCountOnce() {
        List<Span> gold = List.of(new Span(0, 5), new Span(0, 5));
        assertThat(SpanScorer.strict(gold, List.of(new Span(0, 5))).recall()).isEqualTo(1.0);
        assertThat(SpanScorer.lenient(gold, List.of(new Span(1, 3))).gold()).isEqualTo(1);
    }

    @Test
    void nothingPredictedOrNothingGoldGivesZeroNotNaN() {
        assertThat(SpanScorer.strict(GOLD, List.of()).f1()).isZero();
        assertThat(SpanScorer.lenient(List.of(), PREDICTED).f1()).isZero();
        assertThat(Prf.ZERO.precision()).isZero();
    }

    @Test
    void sumsAreMicroAverages() {
        Prf a = Prf.of(1, 2, 4);
        Prf b = Prf.of(3, 4, 4);
        Prf sum = a.plus(b);
        assertThat(sum.precision()).isCloseTo(4 / 6.0, within(1e-9));
        assertThat(sum.recall()).isCloseTo(4 / 8.0, within(1e-9));
    }
}
