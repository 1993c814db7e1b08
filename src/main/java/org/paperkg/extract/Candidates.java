package org.paperkg.extract;

import java.util.ArrayList;
import java.util.List;

/** Reads method names at a token position and lists of them ("X, Y and Z"). */
final class Candidates {

    private final Sent s;
    private final List<AcronymDef> defs;
    private final MentionCollector found;

    Candidates(Sent s, List<AcronymDef> defs, MentionCollector found) {
        this.s = s;
        this.defs = defs;
        this.found = found;
    }

    /** How far a rule may read a candidate: names only, or also lower-case phrases like "graph neural networks". */
    enum Reach { NAMES, PHRASES }

    /** The method name starting at token {@code i}, or {@code null}. */
    Candidate at(int i, Reach reach) {
        if (i < 0 || i >= s.size()) {
            return null;
        }
        for (AcronymDef d : defs) {
            AcronymKinds.Kind kind = AcronymKinds.of(d);
            if (d.firstToken() == i && (kind == AcronymKinds.Kind.METHOD || kind == AcronymKinds.Kind.OTHER)) {
                return new Candidate(d.longForm(), d.acronym(), d.lastToken());
            }
        }
        Token t = s.token(i);
        String name = NameShapes.singular(NameShapes.trimAffix(t.text()));
        if (NameShapes.isNameLike(name) && isFree(name)) {
            // a name followed by a version ("SQuAD v1.1") or a second name part keeps it
            return new Candidate(name, null, i);
        }
        if (reach == Reach.PHRASES) {
            return phrase(i);
        }
        return null;
    }

    /** A lower-case phrase of at most four words ending in a specific model word ("convolutional neural networks"). */
    private Candidate phrase(int i) {
        for (int j = i; j < Math.min(s.size(), i + 4); j++) {
            Token t = s.token(j);
            if (!t.isLowerWord() || t.in(WordLists.PREPOSITIONS) || t.in(WordLists.DETERMINERS) || t.is("and") || t.is("or")) {
                return null;
            }
            if (t.in(WordLists.SPECIFIC_METHOD_HEADS) && j > i) {
                boolean more = j + 1 < s.size() && s.token(j + 1).in(WordLists.GENERIC_METHOD_HEADS);
                int end = more ? j + 1 : j; // "graph attention mechanisms"
                return new Candidate(s.span(i, end), null, end);
            }
        }
        return null;
    }

    /** Names not already taken as a dataset, task or metric. */
    boolean isFree(String name) {
        return !found.isDataset(name) && !found.isTask(name) && !found.isMetric(name)
                && !MetricLexicon.isMetricWord(name);
    }

    /**
     * The candidates of a list starting at {@code i}: "X", "X and Y", "X, Y, and Z", "X or Y".
     * Reading stops at the first token that is neither a candidate nor a separator.
     */
    List<Candidate> listAt(int i, Reach reach) {
        List<Candidate> out = new ArrayList<>();
        int k = i;
        while (k < s.size()) {
            Candidate c = at(k, reach);
            if (c == null) {
                break;
            }
            out.add(c);
            k = c.end() + 1;
            // a model word after a name belongs to it: "GCN models", "the PPRGo model"
            if (k < s.size() && (s.token(k).in(WordLists.GENERIC_METHOD_HEADS) || s.token(k).in(WordLists.SPECIFIC_METHOD_HEADS))) {
                k++;
            }
            int sep = k;
            while (sep < s.size() && (s.token(sep).is(",") || s.token(sep).is("and") || s.token(sep).is("or"))) {
                sep++;
            }
            if (sep == k) {
                break;
            }
            k = sep;
        }
        return out;
    }

    /** Skips up to {@code max} lower-case words (adjectives, determiners, "of") from {@code i}; -1 at a preposition. */
    int skipModifiers(int i, int max, Reach reach) {
        int k = i;
        while (k < s.size() && k - i < max) {
            Token t = s.token(k);
            boolean modifier = (t.isLowerWord() && (!t.in(WordLists.PREPOSITIONS) || t.is("of")))
                    || t.isNumber();
            if (!modifier || at(k, reach) != null) {
                break;
            }
            k++;
        }
        return k < s.size() && !s.token(k).in(WordLists.PREPOSITIONS) ? k : -1;
    }
}
