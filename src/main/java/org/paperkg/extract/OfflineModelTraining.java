package org.paperkg.extract;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.paperkg.extract.model.EpochListener;
import org.paperkg.extract.model.LabelTransitions;
import org.paperkg.extract.model.ModelFolder;
import org.paperkg.extract.model.NetConfig;
import org.paperkg.extract.model.SequenceExample;
import org.paperkg.extract.model.SequenceTrainer;
import org.paperkg.extract.model.TrainSettings;

/**
 * Trains the offline extractor's two models from gold data and writes them as model folders
 * ({@code <out>/tagger-en}, {@code <out>/roles-en}) that {@link OfflineExtractorV1#load(Path)} reads
 * and that ship under {@code models/} in the jar. Text is cut into sentences and tokens exactly as
 * the extractor cuts it. The shapes and settings here are the ones the shipped weights were made with.
 */
public final class OfflineModelTraining {

    /**
     * The tagger: 2^14 hashed features of width 48, three dilated convolutions of 64 channels, two
     * heads of BIO labels. Chosen on SciERC and TDMSci dev: 2^15 features and 128 channels scored the
     * same within noise at twice the size and half the speed; dev F1 levels off after about ten epochs.
     */
    public static final NetConfig TAGGER = new NetConfig(1 << 14, 48, 64, 3, List.of(1, 2, 4), 0.25f, 0f,
            List.of(TagScheme.LABELS, TagScheme.LABELS), "mean");
    public static final TrainSettings TAGGER_TRAINING = new TrainSettings(13, 32, 0.002f, 20261128L, false);

    /**
     * The role model: 2^14 hashed features of width 32, two convolutions over sentences (the second
     * sees two sentences either side), five roles. Chosen on CSAbstruct dev: class-balanced loss and
     * five epochs (it overfits after that; 2^15 features, wider convolutions, kernel 5, a third
     * dilation, lower learning rates, feature dropout and square-root pooling all scored within noise).
     */
    public static final NetConfig ROLES = new NetConfig(1 << 14, 32, 96, 3, List.of(1, 2), 0.25f, 0f,
            List.of(SentenceRole.values().length), "mean");
    /**
     * How much the role transitions count in decoding (see {@link LabelTransitions}). Chosen on
     * CSAbstruct and RAAMove dev: 0.5 gains about a point of accuracy on both and of macro-F1 on RAAMove;
     * at 1 and more the rare objective and other sentences give way to their neighbours.
     */
    public static final double ROLE_TRANSITION_WEIGHT = 0.5;
    public static final TrainSettings ROLES_TRAINING = new TrainSettings(5, 16, 0.002f, 20261128L, true);

    private OfflineModelTraining() {
    }

    /**
     * Trains the mention tagger.
     *
     * @param abstracts head-0 data: SciERC-style abstracts (task, method, material as dataset, metric)
     * @param sentences head-1 data: TDMSci-style sentences (task, dataset, metric)
     */
    public static Path trainTagger(List<AnnotatedText> abstracts, List<AnnotatedText> sentences, Path out,
            NetConfig config, TrainSettings settings, EpochListener listener) throws IOException {
        List<SequenceExample> examples = new ArrayList<>();
        abstracts.forEach(t -> examples.addAll(taggerExamples(t, 0, config)));
        sentences.forEach(t -> examples.addAll(taggerExamples(t, 1, config)));
        return SequenceTrainer.train(MentionTagger.NAME, config, settings, examples, out.resolve(MentionTagger.NAME), listener);
    }

    /** Trains the sentence-role model, and counts the role transitions it is decoded with. */
    public static Path trainRoles(List<LabelledAbstract> abstracts, Path out, NetConfig config, TrainSettings settings,
            EpochListener listener) throws IOException {
        List<SequenceExample> examples = new ArrayList<>();
        for (LabelledAbstract a : abstracts) {
            List<Sent> sents = a.sentences().stream().map(s -> Sent.of(s.strip(), false)).toList();
            int[] labels = a.roles().stream().mapToInt(Enum::ordinal).toArray();
            examples.add(new SequenceExample(RoleFeatures.of(sents, config.buckets()), new int[][] {labels}));
        }
        Path dir = SequenceTrainer.train(RoleModel.NAME, config, settings, examples, out.resolve(RoleModel.NAME), listener);
        ModelFolder.saveTransitions(dir, roleTransitions(abstracts));
        return dir;
    }

    /** The role transitions of the training abstracts, weighted as {@link #ROLE_TRANSITION_WEIGHT}. */
    public static LabelTransitions roleTransitions(List<LabelledAbstract> abstracts) {
        return LabelTransitions.count(abstracts.stream().map(a -> a.roles().stream().mapToInt(Enum::ordinal).toArray()).toList(),
                SentenceRole.values().length, ROLE_TRANSITION_WEIGHT);
    }

    /** One example per sentence: the head's BIO labels from the character spans, the other head unlabelled. */
    static List<SequenceExample> taggerExamples(AnnotatedText text, int head, NetConfig config) {
        List<SequenceExample> out = new ArrayList<>();
        for (SentenceSplit.Located located : SentenceSplit.of(text.text(), "en")) {
            Sent s = located.sent();
            if (s.size() == 0) {
                continue;
            }
            List<TaggedSpan> spans = new ArrayList<>();
            for (AnnotatedText.Span span : text.spans()) {
                TaggedSpan t = tokenRange(s, span.start() - located.offset(), span.end() - located.offset(), span.type());
                if (t != null) {
                    spans.add(t);
                }
            }
            int[][] labels = new int[config.heads().size()][];
            labels[head] = TagScheme.labels(s.size(), spans);
            out.add(new SequenceExample(TokenFeatures.of(s.tokens(), config.buckets()), labels));
        }
        return out;
    }

    /** The tokens a character range covers, or {@code null} when it lies outside the sentence. */
    private static TaggedSpan tokenRange(Sent s, int start, int end, EntityType type) {
        int from = -1;
        int to = -1;
        for (int i = 0; i < s.size(); i++) {
            Token t = s.token(i);
            if (t.start() < end && start < t.end()) {
                if (from < 0) {
                    from = i;
                }
                to = i + 1;
            }
        }
        boolean inside = start >= 0 && end <= s.text().length();
        return from >= 0 && inside ? new TaggedSpan(type, from, to) : null;
    }
}
