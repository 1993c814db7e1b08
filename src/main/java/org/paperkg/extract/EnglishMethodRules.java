package org.paperkg.extract;

import java.util.List;
import java.util.Set;

/**
 * Methods in English text besides the proposed ones ({@link EnglishProposalRules}). Baselines: names
 * after "outperforms", "than", "compared with", "against", "improvement over"; a win stated of the
 * proposed method also goes into its {@code improvesOn}. Extends: names after "extends", "based on",
 * "builds on", "variant of", "inspired by". Used: method acronym definitions, "such as" lists after
 * a model word, "X model", and names after "using / employ / adopt …".
 */
final class EnglishMethodRules {

    /** Every word that starts one of the patterns below. */
    private static final Set<String> TRIGGERS = union(WordLists.OUTPERFORM_VERBS, WordLists.LIST_CUES,
            WordLists.USE_VERBS, Set.of("than", "superior", "against", "unlike", "over", "extends", "extend",
                    "extending", "based", "builds", "built", "build", "variant", "extension", "generalization",
                    "modification", "inspired", "compared", "compare", "comparison", "comparing", "comparisons",
                    "comparable", "comparably"));

    private static Set<String> union(Set<String> a, Set<String> b, Set<String> c, Set<String> d) {
        java.util.Set<String> all = new java.util.HashSet<>(a);
        all.addAll(b);
        all.addAll(c);
        all.addAll(d);
        return Set.copyOf(all);
    }

    private EnglishMethodRules() {
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
            boolean nextIsHead = next != null && (next.in(WordLists.GENERIC_METHOD_HEADS) || next.in(WordLists.SPECIFIC_METHOD_HEADS));
            if (!t.in(TRIGGERS) && !nextIsHead) {
                continue; // most tokens: one lookup instead of the whole chain below
            }
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
            } else if (nextIsHead) {
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
