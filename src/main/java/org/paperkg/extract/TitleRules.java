package org.paperkg.extract;

import java.util.List;

/**
 * The method a title names before its colon or dash: "LightGCN: Simplifying …", "SchNet - a deep
 * learning architecture …", "DistilBERT, a distilled version of BERT …". It is the paper's proposed
 * method unless the abstract calls it a dataset. Its evidence is the first abstract sentence that
 * names it, else the title.
 */
final class TitleRules {

    private TitleRules() {
    }

    static void apply(Sent title, List<Sent> abstractSentences, MentionCollector found) {
        int cut = -1;
        for (int i = 1; i < Math.min(title.size(), 4); i++) {
            Token t = title.token(i);
            if (t.is(":") || t.is("-") || t.is("–") || t.is("—") || t.is(",")) {
                cut = i;
                break;
            }
        }
        if (cut < 0) {
            return;
        }
        int nameToken = -1;
        for (int i = 0; i < cut; i++) {
            if (NameShapes.isNameLike(title.token(i).text())) {
                nameToken = i;
            }
        }
        if (nameToken < 0 || cut > 2) {
            return; // "Graph Neural Networks: A Review" names no method
        }
        String name = title.span(0, cut - 1);
        if (found.isDataset(name) || MetricLexicon.isMetricWord(name) || calledDataset(name, abstractSentences)) {
            return;
        }
        String evidence = title.evidence();
        for (Sent s : abstractSentences) {
            if (s.mentions(name)) {
                evidence = s.evidence();
                break;
            }
        }
        found.method(name, null, MethodRole.PROPOSED, evidence);
    }

    private static boolean calledDataset(String name, List<Sent> sentences) {
        for (Sent s : sentences) {
            int at = s.text().indexOf(name);
            if (at >= 0) {
                String after = s.lower().substring(Math.min(s.lower().length(), at + name.length()));
                if (after.startsWith(" dataset") || after.startsWith(" corpus") || after.startsWith(" benchmark")) {
                    return true;
                }
            }
        }
        return false;
    }
}
