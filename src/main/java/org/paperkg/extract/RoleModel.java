package org.paperkg.extract;

import java.util.ArrayList;
import java.util.List;
import org.paperkg.extract.model.SequenceModel;

/** Labels the sentences of an English abstract with their rhetorical roles. Thread-safe. */
final class RoleModel {

    static final String NAME = "roles-en";

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
        List<SentenceRole> out = new ArrayList<>(sentences.size());
        for (float[] p : probs) {
            int best = 0;
            for (int k = 1; k < p.length; k++) {
                if (p[k] > p[best]) {
                    best = k;
                }
            }
            out.add(SentenceRole.values()[best]);
        }
        return out;
    }
}
