package org.paperkg.extract;

import java.util.List;
import org.paperkg.extract.model.FeatureRows;

/**
 * The hashed features of each sentence of an abstract, as the sentence-role model reads them: its
 * words and word pairs in lower case, its first three words by position, alone and with the tenth of
 * the abstract it stands in, where it stands (index, tenth, first, last; see {@link #PLACE_COPIES}),
 * its length, and whether it reports numbers. The model's
 * convolutions add the neighbouring sentences. Changing anything here requires retraining.
 */
final class RoleFeatures {

    private static final int MAX_WORDS = 60;
    /**
     * Times each where-it-stands feature is added: a sentence's features are averaged, so with one copy
     * each a long sentence's words drown its position, the strongest cue to its role.
     */
    private static final int PLACE_COPIES = 4;

    private RoleFeatures() {
    }

    static int[][] of(List<Sent> sentences, int buckets) {
        FeatureRows rows = new FeatureRows(buckets);
        int n = sentences.size();
        for (int i = 0; i < n; i++) {
            Sent s = sentences.get(i);
            String tenth = Integer.toString(n == 1 ? 0 : i * 9 / (n - 1));
            for (int copy = 0; copy < PLACE_COPIES; copy++) {
                String c = Integer.toString(copy);
                rows.add("b" + c, "");
                rows.add("pos" + c, Integer.toString(Math.min(i, 9)));
                rows.add("rpos" + c, tenth);
                rows.add("back" + c, Integer.toString(Math.min(n - 1 - i, 4)));
                rows.add("len" + c, Integer.toString(Math.min(s.size() / 8, 6)));
            }
            String prev = "<s>";
            int words = 0;
            boolean number = false;
            for (Token t : s.tokens()) {
                if (t.isNumber()) {
                    number = true;
                    rows.add("numtok", t.text().endsWith("%") ? "%" : "n");
                }
                if (!t.isWord() || words >= MAX_WORDS) {
                    continue;
                }
                String w = t.isNumber() ? "<num>" : t.lower();
                if (words < 3) {
                    rows.add("f" + words, w);
                    rows.add("rf" + words + tenth, w); // "we" opens objectives early, results late
                }
                rows.add("u", w);
                rows.add("bi", prev + " " + w);
                prev = w;
                words++;
            }
            rows.add("num", number ? "y" : "n");
            rows.next();
        }
        return rows.build();
    }
}
