package org.paperkg.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;
import static org.paperkg.extract.SentenceRole.BACKGROUND;
import static org.paperkg.extract.SentenceRole.METHOD;
import static org.paperkg.extract.SentenceRole.OBJECTIVE;
import static org.paperkg.extract.SentenceRole.RESULT;

import java.util.List;
import org.junit.jupiter.api.Test;

class RoleScorerTest {

    @Test
    void accuracyAndMacroF1OverTheRolesTheGoldHas() {
        RoleScorer scorer = new RoleScorer();
        scorer.add(List.of(BACKGROUND, OBJECTIVE, METHOD, RESULT), List.of(BACKGROUND, METHOD, METHOD, RESULT));
        RoleScore s = scorer.score();
        assertThat(s.sentences()).isEqualTo(4);
        assertThat(s.accuracy()).isCloseTo(0.75, within(1e-9));
        assertThat(s.f1ByRole()).containsOnlyKeys("background", "objective", "method", "result");
        assertThat(s.f1ByRole().get("objective")).isZero();
        assertThat(s.f1ByRole().get("method")).isCloseTo(2 / 3.0, within(1e-9));
        assertThat(s.macroF1()).isCloseTo((1 + 0 + 2 / 3.0 + 1) / 4, within(1e-9));
    }

    @Test
    void documentsAccumulate() {
        RoleScorer scorer = new RoleScorer();
        scorer.add(List.of(BACKGROUND), List.of(BACKGROUND));
        scorer.add(List.of(RESULT, RESULT), List.of(RESULT, METHOD));
        assertThat(scorer.score().accuracy()).isCloseTo(2 / 3.0, within(1e-9));
    }

    @Test
    void aLengthMismatchIsAnError() {
        assertThatThrownBy(() -> new RoleScorer().add(List.of(BACKGROUND), List.of()))
                .hasMessageContaining("1 gold roles but 0 predicted");
    }
}
