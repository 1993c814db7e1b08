package org.paperkg.extract;

import java.util.List;
import java.util.Set;

/**
 * The paper's own methods in English text: the first name after "we propose / present / introduce …"
 * (and names joined to it by "and"), skipping a kind named on the way ("a new GNN architecture ---
 * X"), and any name after "dubbed / called / named" in a sentence by the authors.
 */
final class EnglishProposalRules {

    private static final int MAX_GAP = 10;

    private EnglishProposalRules() {
    }

    /** The proposals of one sentence: run on every sentence before the other rules, so they know the paper's method. */
    static void apply(Sent s, List<AcronymDef> defs, MentionCollector found) {
        Candidates c = new Candidates(s, defs, found);
        boolean authored = s.anyIn(0, s.size(), WordLists.PROPOSAL_SUBJECTS) || s.anyIn(0, s.size(), Set.of("our"));
        for (int v = 0; v < s.size(); v++) {
            Token t = s.token(v);
            if (t.in(WordLists.NAMING_WORDS) && authored) {
                int k = v + 1 < s.size() && s.token(v + 1).text().matches("[\"'“‘]") ? v + 2 : v + 1;
                Candidate named = c.at(k, Candidates.Reach.NAMES);
                if (named != null && s.anyIn(v - 3, v, WordLists.DATASET_HEADS)) {
                    // "a new corpus called X": the authors name data, not a method
                    boolean built = s.anyIn(0, v, WordLists.INTRO_VERBS);
                    found.dataset(named.name(), built ? DatasetRole.INTRODUCED : DatasetRole.USED, s.evidence());
                } else {
                    propose(named, s, found);
                }
            } else if (isProposalVerb(s, v)) {
                proposeAfterVerb(s, c, v, found);
            }
        }
    }

    /**
     * A proposal verb in use: "we propose", "to construct", "this paper presents" — but not the
     * adjective in "challenges present in" nor the noun in "Long-Short Term Memory".
     */
    static boolean isProposalVerb(Sent s, int v) {
        Token t = s.token(v);
        if (!t.in(WordLists.PROPOSAL_VERBS) || !t.text().equals(t.lower()) || v == 0) {
            return false;
        }
        if (t.lower().endsWith("s") && !t.is("devise")) {
            return s.anyIn(0, v, WordLists.PROPOSAL_SUBJECTS); // "this paper presents"
        }
        return s.token(v - 1).in(WordLists.VERB_LEADS) && s.anyIn(0, v, java.util.Set.of("we"));
    }

    private static void proposeAfterVerb(Sent s, Candidates c, int verb, MentionCollector found) {
        for (int i = verb + 1; i < Math.min(s.size(), verb + MAX_GAP); i++) {
            Token t = s.token(i);
            if (t.in(WordLists.PREPOSITIONS) || t.is(";") || t.in(WordLists.DATASET_HEADS)) {
                return;
            }
            Candidate first = c.at(i, Candidates.Reach.NAMES);
            if (first == null && NameShapes.isTitleCase(t.text()) && i + 1 < s.size()
                    && s.token(i + 1).text().matches("[,(:.]") && c.isFree(t.text())) {
                first = new Candidate(t.text(), null, i); // "the Transformer, based solely on attention"
            }
            if (first != null && describesKind(s, first, i)) {
                i = first.end();
                continue; // "a new GNN architecture --- Graph Attention Multi-Layer Perceptron (GAMLP)"
            }
            if (first != null) {
                propose(first, s, found);
                proposeJoined(s, c, first, found);
                return;
            }
        }
    }

    /** "a new GNN architecture": a name after "a" / "new" and before a model word says what kind, not which. */
    private static boolean describesKind(Sent s, Candidate c, int start) {
        boolean indefinite = start > 0 && (s.token(start - 1).in(WordLists.DETERMINERS) && !s.token(start - 1).is("the")
                || s.token(start - 1).is("new") || s.token(start - 1).is("novel"));
        int next = c.end() + 1;
        return indefinite && c.acronym() == null && next < s.size()
                && (s.token(next).in(WordLists.GENERIC_METHOD_HEADS) || s.token(next).in(WordLists.SPECIFIC_METHOD_HEADS));
    }

    /** Names joined to the first by "and" without a new description: "PPNP and its approximation, APPNP". */
    private static void proposeJoined(Sent s, Candidates c, Candidate first, MentionCollector found) {
        Candidate prev = first;
        while (true) {
            boolean joined = false;
            Candidate next = null;
            for (int k = prev.end() + 1; k < Math.min(s.size(), prev.end() + 6); k++) {
                Token t = s.token(k);
                if (t.in(WordLists.DETERMINERS) || t.in(WordLists.PREPOSITIONS)) {
                    return;
                }
                joined |= t.is("and");
                next = c.at(k, Candidates.Reach.NAMES);
                if (next != null) {
                    break;
                }
            }
            if (next == null || !joined) {
                return;
            }
            propose(next, s, found);
            prev = next;
        }
    }

    private static void propose(Candidate c, Sent s, MentionCollector found) {
        if (c != null) {
            found.method(c.name(), c.acronym(), MethodRole.PROPOSED, s.evidence());
        }
    }
}
