package org.paperkg.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.paperkg.extract.OfflineExtractorV1;
import org.paperkg.extract.OfflineModelTraining;
import org.paperkg.ground.TextGrounder;

/**
 * Retrains both offline models as {@code train} does (shipped settings and seed) on the real training
 * splits and checks that the new weights score on the dev splits what the shipped ones score, within
 * noise. Slow (several minutes on two cores) and needs the public gold data, so it is left out of the
 * default run:
 * {@code ./mvnw -o test -Dtest=OfflineModelsReproductionTest -Dgroups=slow -DexcludedGroups=none -Dpaperkg.gold=DIR}.
 */
@Tag("slow")
@Tag("bench")
class OfflineModelsReproductionTest {

    /** Dev F1 may move this much between runs (thread scheduling in the engine's reductions). */
    private static final double NOISE = 0.02;

    @Test
    void retrainingWithTheShippedSeedScoresWhatTheShippedWeightsScore(@TempDir Path out) throws Exception {
        String dir = System.getProperty("paperkg.gold");
        assumeTrue(dir != null && Files.isDirectory(Path.of(dir)), "set -Dpaperkg.gold to the gold data folder");
        Path gold = Path.of(dir);
        OfflineModelTraining.trainTagger(TrainingData.sciercAbstracts(gold), TrainingData.tdmsciSentences(gold), out,
                OfflineModelTraining.TAGGER, OfflineModelTraining.TAGGER_TRAINING, null);
        OfflineModelTraining.trainRoles(TrainingData.csabstructAbstracts(gold), out, OfflineModelTraining.ROLES,
                OfflineModelTraining.ROLES_TRAINING, null);

        List<Dataset> dev = GoldDatasets.load(gold, List.of("scierc", "tdmsci", "csabstruct"), Split.DEV);
        EvalRunner runner = new EvalRunner(new TextGrounder());
        EvalReport shipped = runner.run(OfflineExtractorV1.shared(), dev, EvalOptions.defaults());
        EvalReport retrained;
        try (OfflineExtractorV1 v1 = OfflineExtractorV1.load(out)) {
            retrained = runner.run(v1, dev, EvalOptions.defaults());
        }

        for (int i = 0; i < dev.size(); i++) {
            DatasetReport a = shipped.datasets().get(i);
            DatasetReport b = retrained.datasets().get(i);
            if (a.roles() != null) {
                assertThat(b.roles().macroF1()).as(a.dataset() + " role macro-F1").isCloseTo(a.roles().macroF1(), within(NOISE));
            }
            for (int k = 0; k < a.types().size(); k++) {
                TypeScore s = a.types().get(k);
                TypeScore t = b.types().get(k);
                String what = a.dataset() + " " + s.type();
                assertThat(t.lenient().f1()).as(what + " lenient F1").isCloseTo(s.lenient().f1(), within(NOISE));
                assertThat(t.strict().f1()).as(what + " strict F1").isCloseTo(s.strict().f1(), within(NOISE));
            }
        }
    }
}
