package org.paperkg.extract;

import java.util.List;
import java.util.Set;

/**
 * Methods in English text. Proposed: the first name after "we propose / present / introduce …"
 * (and names joined to it by "and"), and any name after "dubbed / called / named". Baselines: names
 * after "outperforms", "than", "compared with", "against", "improvement over"; a win stated of the
 * proposed method also goes into its {@code improvesOn}. Extends: names after "extends", "based on",
 * "builds on", "variant of", "inspired by". Used: method acronym definitions, "such as" lists after
 * a model word, "X model", and names after "using / employ / adopt …".
 */
final class EnglishMethodRules {

    private static final int MAX_GAP = 10;

    private EnglishMethodRules() {
    }

    /** The proposals of one sentence: run on every sentence before the other rules, so they know the paper's method. */
    static void proposals(Sent s, List<AcronymDef> defs, MentionCollector found) {
        Candidates c = new Candidates(s, defs, found);
        boolean authored = s.anyIn(0, s.size(), WordLists.PROPOSAL_SUBJECTS) || s.anyIn(0, s.size(), Set.of("our"));
        for (int v = 0; v < s.size(); v++) {
            Token t = s.token(v);
            if (t.in(WordLists.NAMING_WORDS) && authored) {
                int k = v + 1 < s.size() && s.token(v + 1).text().matches("[\"'“‘]") ? v + 2 : v + 1;
                propose(c.at(k, Candidates.Reach.NAMES), s, found);
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

    /** Baselines, extensions and used methods of one sentence; run after all proposals are known. */
    static void relations(Sent s, List<AcronymDef> defs, MentionCollector found) {
        Candidates c = new Candidates(s, defs, found);
        for (AcronymDef d : defs) {
            if (AcronymKinds.of(d) == AcronymKinds.Kind.METHOD) {
                found.method(d.longForm(), d.acronym(), MethodRole.USED, s.evidence());
            }
        }
        for (int k = 0; k < s.size(); k++) {
            Token t = s.token(k);
            Token next = k + 1 < s.size() ? s.token(k + 1) : null;
            if (t.in(WordLists.OUTPERFORM_VERBS)) {
                compared(s, c, k, k + 1, true, found);
            } else if (t.is("than")) {
                compared(s, c, k, k + 1, k > 0 && s.token(k - 1).in(WordLists.BETTER), found);
            } else if (t.is("superior") && next != null && next.is("to")) {
                compared(s, c, k, k + 2, true, found);
            } else if (t.lower().startsWith("compar") && next != null && (next.is("to") || next.is("with") || next.is("against"))) {
                compared(s, c, k, k + 2, false, found);
            } else if ((t.is("against") || t.is("unlike")) && !(k > 0 && s.token(k - 1).lower().startsWith("compar"))) {
                compared(s, c, k, k + 1, false, found);
            } else if (t.is("over") && s.anyIn(k - 6, k, WordLists.IMPROVEMENT_NOUNS)) {
                compared(s, c, k, k + 1, true, found);
            } else if (extendsTrigger(s, k)) {
                extended(s, c, k, found);
            } else if (t.in(WordLists.LIST_CUES) && s.anyIn(k - 4, k, WordLists.GENERIC_METHOD_HEADS)) {
                int from = t.is("such") ? k + 2 : k + 1;
                used(s, c.listAt(from, Candidates.Reach.NAMES), found);
            } else if (t.in(WordLists.USE_VERBS)) {
                int from = c.skipModifiers(k + 1, 3, Candidates.Reach.NAMES);
                used(s, c.listAt(from, Candidates.Reach.NAMES), found);
            } else if (next != null && (next.in(WordLists.GENERIC_METHOD_HEADS) || next.in(WordLists.SPECIFIC_METHOD_HEADS))) {
                Candidate named = c.at(k, Candidates.Reach.NAMES);
                if (named != null && named.end() == k) {
                    used(s, List.of(named), found);
                }
            }
        }
    }

    private static void compared(Sent s, Candidates c, int trigger, int from, boolean win, MentionCollector found) {
        int start = c.skipModifiers(from, 5, Candidates.Reach.NAMES);
        List<Candidate> names = c.listAt(start, Candidates.Reach.NAMES);
        MethodDraft subject = win ? subjectOf(s, trigger, found) : null;
        for (Candidate n : names) {
            MethodDraft m = found.method(n.name(), n.acronym(), MethodRole.BASELINE, s.evidence());
            if (m != null && subject != null && m != subject) {
                subject.addImprovesOn(m.acronym != null ? m.acronym : m.name);
            }
        }
    }

    private static boolean extendsTrigger(Sent s, int k) {
        Token t = s.token(k);
        Token next = k + 1 < s.size() ? s.token(k + 1) : null;
        if (t.is("extends") || t.is("extend") || t.is("extending")) {
            return true;
        }
        if (next == null) {
            return false;
        }
        boolean on = next.is("on") || next.is("upon");
        return ((t.is("based") || t.is("builds") || t.is("built") || t.is("build")) && on)
                || ((t.is("variant") || t.is("extension") || t.is("generalization") || t.is("modification")) && next.is("of"))
                || (t.is("inspired") && next.is("by"));
    }

    private static final java.util.Set<String> OTHERS_WORK = java.util.Set.of("prior", "previous", "existing",
            "earlier", "other", "traditional", "conventional", "many", "most");

    private static void extended(Sent s, Candidates c, int trigger, MentionCollector found) {
        if (s.anyIn(trigger - 4, trigger, OTHERS_WORK)) {
            return; // "prior methods based on graph convolutions" says what others build on
        }
        int from = s.token(trigger).lower().startsWith("extend") ? trigger + 1 : trigger + 2;
        int start = c.skipModifiers(from, 4, Candidates.Reach.PHRASES);
        Candidate base = c.at(start, Candidates.Reach.PHRASES);
        if (base == null) {
            return;
        }
        MethodDraft m = found.method(base.name(), base.acronym(), MethodRole.USED, s.evidence());
        MethodDraft subject = subjectOf(s, trigger, found);
        if (m != null && subject != null && m != subject) {
            subject.addExtends(m.acronym != null ? m.acronym : m.name);
        }
    }

    private static void used(Sent s, List<Candidate> names, MentionCollector found) {
        for (Candidate n : names) {
            found.method(n.name(), n.acronym(), MethodRole.USED, s.evidence());
        }
    }

    /**
     * The proposed method when the sentence says it is the one acting before {@code trigger}: its name,
     * or "we", "our", "the proposed", "this model" before the trigger.
     */
    static MethodDraft subjectOf(Sent s, int trigger, MentionCollector found) {
        MethodDraft nearest = ResultLinks.proposedNearestBefore(s, s.token(trigger).start(), found);
        if (nearest != null) {
            return nearest;
        }
        MethodDraft p = found.proposed();
        if (p != null && s.anyIn(0, trigger, java.util.Set.of("we", "our", "proposed", "it"))) {
            return p;
        }
        return null;
    }

}
