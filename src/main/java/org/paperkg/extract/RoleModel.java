package org.paperkg.extract;

import java.util.ArrayList;
import java.util.List;
import org.paperkg.extract.model.LabelTransitions;
import org.paperkg.extract.model.SequenceModel;

/**
 * Labels the sentences of an English abstract with their rhetorical roles: the model's probabilities,
 * decoded over the whole abstract with the role transitions saved beside the weights. Thread-safe.
 */
final class RoleModel {

    static final String NAME = "roles-en";
    /** For weights saved without transitions: each sentence its most likely role. */
    private static final LabelTransitions ARGMAX = LabelTransitions.count(List.of(), SentenceRole.values().length, 0);

    private final SequenceModel model;

    RoleModel(SequenceModel model) {
        this.model = model;
    }

    String id() {
        return model.id();
    }

    List<SentenceRole> classify(List<Sent> sentences) {
        if (sentences.isEmpty()) {
            return List.of();
        }
        float[][] probs = model.predict(List.<int[][]>of(RoleFeatures.of(sentences, model.config().buckets())))[0][0];
        LabelTransitions moves = model.transitions() != null ? model.transitions() : ARGMAX;
        List<SentenceRole> out = new ArrayList<>(sentences.size());
        for (int label : moves.decode(probs)) {
            out.add(SentenceRole.values()[label]);
        }
        return out;
    }
}
