package org.paperkg.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.paperkg.extract.model.SequenceModel;

/**
 * Tags English sentences with typed mentions. The network has two heads trained on differently
 * annotated data: head 0 on SciERC-style abstracts (task, method, material as dataset, metric),
 * head 1 on TDMSci-style sentences (task, dataset, metric; no methods). Head 0's spans come first,
 * but not its materials: SciERC's Material is wider than a dataset ("images", "English text", and
 * even name-shaped materials scored below the rules on every dataset-annotated dev set), so
 * datasets come from head 1, which adds spans of the types in {@link #SECOND_HEAD_ADDS} where they
 * overlap nothing already found. Thread-safe.
 */
final class MentionTagger {

    static final String NAME = "tagger-en";
    static final Set<EntityType> SECOND_HEAD_ADDS = Set.of(EntityType.TASK, EntityType.DATASET, EntityType.METRIC);

    private final SequenceModel model;
    private final Set<EntityType> secondHeadAdds;

    MentionTagger(SequenceModel model) {
        this(model, SECOND_HEAD_ADDS);
    }

    MentionTagger(SequenceModel model, Set<EntityType> secondHeadAdds) {
        this.model = model;
        this.secondHeadAdds = Set.copyOf(secondHeadAdds);
    }

    String id() {
        return model.id();
    }

    /** The mentions of each sentence, as token ranges. */
    List<List<TaggedSpan>> tag(List<Sent> sentences) {
        int buckets = model.config().buckets();
        List<int[][]> features = new ArrayList<>(sentences.size());
        for (Sent s : sentences) {
            features.add(TokenFeatures.of(s.tokens(), buckets));
        }
        float[][][][] probs = model.predict(features);
        List<List<TaggedSpan>> out = new ArrayList<>(sentences.size());
        for (int i = 0; i < sentences.size(); i++) {
            List<TaggedSpan> spans = new ArrayList<>();
            for (TaggedSpan span : TagScheme.spans(TagScheme.decode(probs[0][i]))) {
                if (span.type() != EntityType.DATASET) {
                    spans.add(span);
                }
            }
            if (probs.length > 1 && !secondHeadAdds.isEmpty()) {
                for (TaggedSpan extra : TagScheme.spans(TagScheme.decode(probs[1][i]))) {
                    if (secondHeadAdds.contains(extra.type()) && spans.stream().noneMatch(extra::overlaps)) {
                        spans.add(extra);
                    }
                }
            }
            out.add(spans);
        }
        return out;
    }
}
