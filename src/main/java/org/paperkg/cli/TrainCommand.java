package org.paperkg.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.paperkg.eval.TrainingData;
import org.paperkg.extract.OfflineModelTraining;
import org.paperkg.extract.model.TrainSettings;
import org.springframework.stereotype.Component;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code train --gold DIR}: trains the offline extractor's mention tagger (SciERC + TDMSci train) and
 * sentence-role model (CSAbstruct train) with a fixed seed, and writes model folders that
 * {@code eval --models} and the extractor can load. The shipped weights under
 * {@code src/main/resources/models} were made by this command with the default seed.
 */
@Component
@Command(name = "train", mixinStandardHelpOptions = true,
        description = "Train the offline extractor's models from gold training splits (CPU, a few minutes).",
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:models written", "1:training failed", "2:bad usage (gold folder or data missing)"})
class TrainCommand implements Callable<Integer> {

    enum Part { TAGGER, ROLES, ALL }

    @Option(names = "--gold", required = true, paramLabel = "DIR",
            description = "folder holding scierc/train.json, tdmsci/train.conll, csabstruct/train.jsonl")
    Path gold;

    @Option(names = "--out", paramLabel = "DIR", defaultValue = "models-trained",
            description = "where the model folders go (default: ${DEFAULT-VALUE})")
    Path out;

    @Option(names = "--only", paramLabel = "PART", defaultValue = "ALL",
            description = "train only one model: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE})")
    Part only;

    @Option(names = "--seed", paramLabel = "N", description = "random seed (default: the one the shipped weights used)")
    Long seed;

    @Override
    public Integer call() {
        if (!Files.isDirectory(gold)) {
            System.err.println("train: --gold " + gold + ": no such folder");
            return 2;
        }
        try {
            if (only != Part.ROLES) {
                TrainSettings s = seeded(OfflineModelTraining.TAGGER_TRAINING);
                Path p = OfflineModelTraining.trainTagger(TrainingData.sciercAbstracts(gold),
                        TrainingData.tdmsciSentences(gold), out, OfflineModelTraining.TAGGER, s, null);
                System.out.println("wrote " + p);
            }
            if (only != Part.TAGGER) {
                TrainSettings s = seeded(OfflineModelTraining.ROLES_TRAINING);
                Path p = OfflineModelTraining.trainRoles(TrainingData.csabstructAbstracts(gold), out,
                        OfflineModelTraining.ROLES, s, null);
                System.out.println("wrote " + p);
            }
            return 0;
        } catch (IllegalArgumentException | java.io.UncheckedIOException e) {
            System.err.println("train: " + e.getMessage());
            return 2;
        } catch (IOException e) {
            System.err.println("train: " + e.getMessage());
            return 1;
        }
    }

    private TrainSettings seeded(TrainSettings s) {
        return seed == null ? s : new TrainSettings(s.epochs(), s.batchSize(), s.learningRate(), seed, s.balanced());
    }
}
