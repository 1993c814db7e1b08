package org.paperkg.extract;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.paperkg.eval.Dataset;
import org.paperkg.eval.GoldDatasets;
import org.paperkg.eval.GoldDoc;
import org.paperkg.eval.GoldSentence;
import org.paperkg.eval.Split;
import org.paperkg.eval.TrainingData;
import org.paperkg.extract.model.LabelTransitions;
import org.paperkg.extract.model.NetConfig;
import org.paperkg.extract.model.TrainSettings;

/**
 * Development tool, not a test: trains one of the offline models with settings from system
 * properties and prints dev scores after every epoch (role macro-F1, decoded with the role transitions
 * at each weight of {@code -Dtw=0,0.5,...}, and with {@code -Dconf=true} the confusion matrices;
 * tagger span F1 per head).
 * {@code java -cp ... org.paperkg.extract.OfflineLab roles|tagger GOLD_DIR OUT_DIR}
 */
public final class OfflineLab {

    private OfflineLab() {
    }

    public static void main(String[] args) throws Exception {
        Path gold = Path.of(args[1]);
        Path out = Path.of(args[2]);
        int epochs = Integer.getInteger("epochs", 10);
        float lr = Float.parseFloat(System.getProperty("lr", "0.002"));
        int buckets = 1 << Integer.getInteger("bits", 15);
        int dim = Integer.getInteger("dim", 48);
        int hidden = Integer.getInteger("hidden", 128);
        float dropout = Float.parseFloat(System.getProperty("dropout", "0.25"));
        float featDrop = Float.parseFloat(System.getProperty("featDrop", "0"));
        List<Integer> dil = java.util.Arrays.stream(System.getProperty("dil", args[0].equals("roles") ? "1,1" : "1,2,4")
                .split(",")).map(Integer::valueOf).toList();
        TrainSettings settings = new TrainSettings(epochs, Integer.getInteger("batch", 32), lr, Long.getLong("seed", 20261128L), Boolean.getBoolean("balanced"));
        long t0 = System.nanoTime();
        if (args[0].equals("roles")) {
            NetConfig config = new NetConfig(buckets, dim, hidden, 3, dil, dropout, featDrop, List.of(SentenceRole.values().length), System.getProperty("pool", "mean"));
            List<List<Sent>> cs = sentences(GoldDatasets.load(gold, "csabstruct", Split.DEV));
            List<List<SentenceRole>> csGold = roles(GoldDatasets.load(gold, "csabstruct", Split.DEV));
            List<List<Sent>> ra = sentences(GoldDatasets.load(gold, "raamove", Split.DEV));
            List<List<SentenceRole>> raGold = roles(GoldDatasets.load(gold, "raamove", Split.DEV));
            List<LabelledAbstract> train = TrainingData.csabstructAbstracts(gold);
            LabelTransitions moves = OfflineModelTraining.roleTransitions(train);
            String weights = System.getProperty("tw", Double.toString(OfflineModelTraining.ROLE_TRANSITION_WEIGHT));
            OfflineModelTraining.trainRoles(train, out, config, settings, (epoch, predict) -> {
                for (String w : weights.split(",")) {
                    LabelTransitions decoding = moves.withWeight(Double.parseDouble(w));
                    System.out.printf("epoch %d (%.0f s) weight %s: csabstruct %s raamove %s%n", epoch,
                            (System.nanoTime() - t0) / 1e9, w, roleScore(cs, csGold, predict, buckets, decoding),
                            roleScore(ra, raGold, predict, buckets, decoding));
                }
            });
        } else {
            NetConfig config = new NetConfig(buckets, dim, hidden, 3, dil, dropout, featDrop,
                    List.of(TagScheme.LABELS, TagScheme.LABELS), System.getProperty("pool", "mean"));
            List<AnnotatedText> scierc = annotated(GoldDatasets.load(gold, "scierc", Split.DEV));
            List<AnnotatedText> tdm = annotated(GoldDatasets.load(gold, "tdmsci", Split.DEV));
            OfflineModelTraining.trainTagger(TrainingData.sciercAbstracts(gold), TrainingData.tdmsciSentences(gold), out,
                    config, settings, (epoch, predict) -> {
                        System.out.printf("epoch %d (%.0f s): scierc head0 %s | tdmsci head1 %s head0 %s%n", epoch,
                                (System.nanoTime() - t0) / 1e9, spanScore(scierc, 0, 0, config, predict),
                                spanScore(tdm, 1, 1, config, predict), spanScore(tdm, 0, 1, config, predict));
                    });
        }
    }

    private static List<List<Sent>> sentences(Dataset d) {
        return d.docs().stream().map(doc -> doc.sentences().stream().map(s -> Sent.of(s.text(), false)).toList()).toList();
    }

    private static List<List<SentenceRole>> roles(Dataset d) {
        return d.docs().stream().map(doc -> doc.sentences().stream().map(GoldSentence::role).toList()).toList();
    }

    private static String roleScore(List<List<Sent>> docs, List<List<SentenceRole>> gold,
            java.util.function.Function<List<int[][]>, float[][][][]> predict, int buckets, LabelTransitions decoding) {
        List<int[][]> feats = docs.stream().map(d -> RoleFeatures.of(d, buckets)).toList();
        float[][][] p = predict.apply(feats)[0];
        int k = SentenceRole.values().length;
        int[][] conf = new int[k][k];
        for (int i = 0; i < docs.size(); i++) {
            int[] best = decoding.decode(p[i]);
            for (int j = 0; j < docs.get(i).size(); j++) {
                conf[gold.get(i).get(j).ordinal()][best[j]]++;
            }
        }
        if (Boolean.getBoolean("conf")) {
            System.out.println("gold x predicted " + java.util.Arrays.deepToString(conf));
        }
        double f = 0;
        int n = 0;
        int correct = 0;
        int total = 0;
        StringBuilder per = new StringBuilder();
        for (int c = 0; c < k; c++) {
            int g = 0;
            int pr = 0;
            for (int x = 0; x < k; x++) {
                g += conf[c][x];
                pr += conf[x][c];
                total += conf[c][x];
            }
            correct += conf[c][c];
            if (g > 0) {
                double prec = pr == 0 ? 0 : (double) conf[c][c] / pr;
                double rec = (double) conf[c][c] / g;
                double f1 = prec + rec == 0 ? 0 : 2 * prec * rec / (prec + rec);
                per.append(String.format(" %.2f", f1));
                f += f1;
                n++;
            }
        }
        return String.format("macroF1 %.3f acc %.3f [%s ]", f / n, (double) correct / total, per);
    }

    private static List<AnnotatedText> annotated(Dataset d) {
        List<AnnotatedText> out = new ArrayList<>();
        for (GoldDoc doc : d.docs()) {
            out.add(new AnnotatedText(doc.headText(), doc.mentions().stream()
                    .map(m -> new AnnotatedText.Span(m.type(), m.start(), m.end())).toList()));
        }
        return out;
    }

    /** Strict span F1 (all types) of one head against data labelled for {@code labelHead}. */
    private static String spanScore(List<AnnotatedText> texts, int head, int labelHead, NetConfig config,
            java.util.function.Function<List<int[][]>, float[][][][]> predict) {
        List<int[][]> feats = new ArrayList<>();
        List<int[]> gold = new ArrayList<>();
        for (AnnotatedText t : texts) {
            for (var e : OfflineModelTraining.taggerExamples(t, labelHead, config)) {
                feats.add(e.features());
                gold.add(e.labels()[labelHead]);
            }
        }
        float[][][] p = predict.apply(feats)[head];
        int tp = 0;
        int np = 0;
        int ng = 0;
        for (int i = 0; i < feats.size(); i++) {
            List<TaggedSpan> ps = TagScheme.spans(TagScheme.decode(p[i]));
            List<TaggedSpan> gs = TagScheme.spans(gold.get(i));
            if (labelHead == 1) {
                ps = ps.stream().filter(s -> s.type() != EntityType.METHOD).toList();
            }
            np += ps.size();
            ng += gs.size();
            for (TaggedSpan s : ps) {
                tp += gs.contains(s) ? 1 : 0;
            }
        }
        double pr = np == 0 ? 0 : (double) tp / np;
        double rc = ng == 0 ? 0 : (double) tp / ng;
        return String.format("P %.3f R %.3f F %.3f", pr, rc, pr + rc == 0 ? 0 : 2 * pr * rc / (pr + rc));
    }
}
