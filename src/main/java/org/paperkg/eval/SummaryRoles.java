package org.paperkg.eval;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.paperkg.extract.SentenceRole;
import org.paperkg.extract.Summary;

/**
 * Sentence roles read off an extraction's summary, for extractors that do not classify sentences:
 * a sentence the results summary contains (or mostly repeats, word for word) is a result, likewise
 * method and research problem (objective). Sentences no summary covers take the role of the sentence
 * before them (abstracts run in blocks), and background before the first covered one.
 */
final class SummaryRoles {

    private static final double COVERED = 0.6;

    private SummaryRoles() {
    }

    static List<SentenceRole> of(List<String> sentences, Summary summary) {
        List<SentenceRole> out = new ArrayList<>();
        SentenceRole previous = SentenceRole.BACKGROUND;
        for (String s : sentences) {
            SentenceRole r = covered(s, summary.results()) ? SentenceRole.RESULT
                    : covered(s, summary.method()) ? SentenceRole.METHOD
                    : covered(s, summary.researchProblem()) ? SentenceRole.OBJECTIVE
                    : previous;
            out.add(r);
            previous = r;
        }
        return out;
    }

    private static boolean covered(String sentence, String field) {
        if (field.isBlank()) {
            return false;
        }
        String s = sentence.strip().toLowerCase(Locale.ROOT);
        String f = field.toLowerCase(Locale.ROOT);
        if (f.contains(s)) {
            return true;
        }
        String[] words = s.split("\\W+");
        int hit = 0;
        int n = 0;
        for (String w : words) {
            if (w.length() > 2) {
                n++;
                hit += f.contains(w) ? 1 : 0;
            }
        }
        return n > 0 && (double) hit / n >= COVERED;
    }
}
