package org.paperkg.extract;

import java.util.List;
import org.paperkg.extract.model.FeatureRows;

/**
 * The hashed features of each token of a sentence, as the mention tagger reads them: the word in
 * lower case, its shape ({@code Xx}, {@code X-d}), prefix and suffixes, character trigrams (so unseen
 * words that look like known ones are understood), the neighbouring words, and whether it is a
 * known metric name. Changing anything here changes what the shipped weights mean: retrain.
 */
final class TokenFeatures {

    private static final int MAX_TRIGRAMS = 12;

    private TokenFeatures() {
    }

    static int[][] of(List<Token> tokens, int buckets) {
        FeatureRows rows = new FeatureRows(buckets);
        StringBuilder padded = new StringBuilder(32);
        for (int i = 0; i < tokens.size(); i++) {
            Token t = tokens.get(i);
            String w = t.lower();
            rows.add("b", "");
            rows.add("w", w);
            rows.add("sh", shape(t.text()));
            rows.add("p3", w, 0, Math.min(3, w.length()));
            rows.add("s2", w, Math.max(0, w.length() - 2), w.length());
            rows.add("s3", w, Math.max(0, w.length() - 3), w.length());
            padded.setLength(0);
            padded.append('^').append(w).append('$');
            for (int k = 0; k + 3 <= padded.length() && k < MAX_TRIGRAMS; k++) {
                rows.add("c3", padded, k, k + 3);
            }
            rows.add("w-1", i > 0 ? tokens.get(i - 1).lower() : "<s>");
            rows.add("w+1", i + 1 < tokens.size() ? tokens.get(i + 1).lower() : "</s>");
            if (MetricLexicon.isMetricWord(t.text())) {
                rows.add("lex", "metric");
            }
            rows.next();
        }
        return rows.build();
    }

    /** Character classes with runs collapsed: {@code BiLSTM} → {@code XxX}, {@code 3D-CNN} → {@code dX-X}. */
    static String shape(String s) {
        StringBuilder out = new StringBuilder(8);
        char last = 0;
        for (int i = 0; i < s.length() && out.length() < 8; i++) {
            char c = s.charAt(i);
            char k = Character.isUpperCase(c) ? 'X' : Character.isLowerCase(c) ? 'x' : Character.isDigit(c) ? 'd'
                    : Tokenizer.isHan(c) ? 'h' : c;
            if (k != last) {
                out.append(k);
                last = k;
            }
        }
        return out.toString();
    }
}
