package org.paperkg.extract;

import java.util.List;

/** Which dataset and method a result sentence is about. */
final class ResultLinks {

    private static final List<String> SELF_REFERENCES = List.of("our model", "our method", "our approach",
            "our system", "our framework", "our algorithm", "our network", "our architecture", "the proposed",
            "该模型", "该方法", "该算法", "本文方法", "本文模型", "本文算法", "所提", "我们的模型", "我们的方法", "新算法", "新模型");

    private ResultLinks() {
    }

    /**
     * The dataset named nearest after {@code at} in the sentence, else nearest before; inside
     * parentheses ("… task (79.6% F1)") the one before. {@code null} if none.
     */
    static String datasetIn(Sent s, int at, MentionCollector found) {
        int open = s.text().lastIndexOf('(', at);
        boolean inParens = open >= 0 && s.text().indexOf(')', open) >= at;
        String after = null;
        int afterPos = Integer.MAX_VALUE;
        String before = null;
        int beforePos = -1;
        for (DatasetMention d : found.datasets()) {
            int pos = s.text().indexOf(d.name());
            if (pos < 0 || !s.mentions(d.name())) {
                continue;
            }
            if (pos >= at && pos < afterPos) {
                after = d.name();
                afterPos = pos;
            } else if (pos < at && pos > beforePos) {
                before = d.name();
                beforePos = pos;
            }
        }
        return after != null && !(inParens && before != null) ? after : before;
    }

    /**
     * A proposed method the sentence names; else the first proposed one if the sentence refers to it
     * ("our model", "it obtains", 该模型); else, in a paper that proposes nothing, the one method the
     * sentence names; else {@code null}.
     */
    static String methodIn(Sent s, int at, MentionCollector found) {
        MethodDraft nearest = proposedNearestBefore(s, at, found);
        if (nearest != null) {
            return nearest.name;
        }
        for (MethodDraft m : found.methods()) {
            if (m.role == MethodRole.PROPOSED && (s.mentions(m.name) || s.mentions(m.acronym))) {
                return m.name;
            }
        }
        MethodDraft p = found.proposed();
        if (p != null) {
            return refersToSelf(s) ? p.name : null;
        }
        String only = null;
        for (MethodDraft m : found.methods()) {
            if (m.role != MethodRole.BASELINE && (s.mentions(m.name) || s.mentions(m.acronym))) {
                if (only != null) {
                    return null;
                }
                only = m.name;
            }
        }
        return only;
    }

    /** The proposed method named last before offset {@code at}: the subject of what follows. */
    static MethodDraft proposedNearestBefore(Sent s, int at, MentionCollector found) {
        MethodDraft best = null;
        int bestPos = -1;
        for (MethodDraft m : found.methods()) {
            if (m.role != MethodRole.PROPOSED) {
                continue;
            }
            for (String n : new String[] {m.name, m.acronym}) {
                int pos = n == null || !s.mentions(n) ? -1 : s.text().lastIndexOf(n, at - 1);
                if (pos >= 0 && pos > bestPos) {
                    best = m;
                    bestPos = pos;
                }
            }
        }
        return best;
    }

    private static boolean refersToSelf(Sent s) {
        String l = s.lower();
        if (l.startsWith("it ") || l.contains("we achieve") || l.contains("we obtain") || l.contains("our single model")) {
            return true;
        }
        for (String cue : SELF_REFERENCES) {
            if (s.lower().contains(cue)) {
                return true;
            }
        }
        return false;
    }
}
