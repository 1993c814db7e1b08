package org.paperkg.eval;

import java.nio.file.Path;
import java.util.List;
import org.paperkg.extract.AnnotatedText;
import org.paperkg.extract.LabelledAbstract;

/**
 * The training splits of the gold datasets the offline models learn from, all permissively
 * licensed (see the README, Evaluation): SciERC train for the tagger's first head, TDMSci's train part for its
 * second head, CSAbstruct train for the role model. Dev splits are never read here.
 */
public final class TrainingData {

    private TrainingData() {
    }

    /** SciERC train abstracts with task, method, material (as dataset) and metric mentions. */
    public static List<AnnotatedText> sciercAbstracts(Path goldDir) {
        return annotated(GoldDatasets.load(goldDir, "scierc", Split.TRAIN));
    }

    /** TDMSci train sentences (four in five; every fifth is dev) with task, dataset and metric mentions. */
    public static List<AnnotatedText> tdmsciSentences(Path goldDir) {
        return annotated(GoldDatasets.load(goldDir, "tdmsci", Split.TRAIN));
    }

    /** CSAbstruct train abstracts with a role per sentence. */
    public static List<LabelledAbstract> csabstructAbstracts(Path goldDir) {
        return GoldDatasets.load(goldDir, "csabstruct", Split.TRAIN).docs().stream()
                .map(d -> new LabelledAbstract(d.sentences().stream().map(GoldSentence::text).toList(),
                        d.sentences().stream().map(GoldSentence::role).toList()))
                .toList();
    }

    private static List<AnnotatedText> annotated(Dataset d) {
        return d.docs().stream().map(doc -> new AnnotatedText(doc.headText(), doc.mentions().stream()
                .map(m -> new AnnotatedText.Span(m.type(), m.start(), m.end())).toList())).toList();
    }
}
