package org.paperkg.extract;

import java.util.List;

/**
 * Methods in Chinese text. Definitions "长名(ACR)" (the Chinese long form is the name when its head
 * names a kind of model, such as 支持向量机(SVM); the Latin name is, when it only says 模型 / 方法,
 * as in 药物靶点预测模型(GAT-DTA)); a definition or "X模型" after 提出 / 设计 / 构建 in the same
 * clause is PROPOSED. "基于X与Y的" gives used methods the proposed one extends; "优于X", "与X相比",
 * "比X" give baselines.
 */
final class ChineseMethodRules {

    private static final List<String> WIN_CUES = List.of("优于", "超过", "超越", "好于", "胜过");
    private static final List<String> COMPARE_CUES = List.of("相比于", "相比", "对比", "比较", "较", "比");

    private ChineseMethodRules() {
    }

    /** Definitions and proposals of one sentence; run on every sentence before {@link #relations}. */
    static void proposals(Sent s, MentionCollector found) {
        String text = s.text();
        int verbEnd = proposalVerbEnd(text);
        for (int i = 1; i + 2 < s.size(); i++) {
            Token open = s.token(i);
            Token inner = s.token(i + 1);
            if ((open.is("(") || open.is("（")) && (s.token(i + 2).is(")") || s.token(i + 2).is("）"))
                    && AcronymFinder.isAcronymShaped(inner.text()) && Tokenizer.isHan(text.charAt(open.start() - 1))) {
                boolean proposed = verbEnd >= 0 && verbEnd <= open.start() && sameClause(text, verbEnd, open.start());
                define(s, open.start(), NameShapes.singular(inner.text()), proposed ? MethodRole.PROPOSED : MethodRole.USED, found);
            }
        }
        if (verbEnd < 0) {
            return;
        }
        for (Token t : s.tokens()) {
            if (t.start() < verbEnd || !sameClause(text, verbEnd, t.start()) || !NameShapes.isNameLike(t.text())) {
                continue;
            }
            String head = ChineseText.startsWithAny(text, t.end(), ChineseText.GENERIC_METHOD_HEADS);
            int after = head == null ? t.end() : t.end() + head.length();
            boolean named = ChineseText.endsWithAny(text, t.start(), List.of("名为", "称为", "称之为", "命名为")) != null;
            boolean closes = after >= text.length() || ChineseText.isClauseEnd(text.charAt(after)) || text.charAt(after) == '的';
            if (named || (head != null && closes)) {
                found.method(t.text(), null, MethodRole.PROPOSED, s.evidence());
            }
        }
    }

    private static void define(Sent s, int open, String acronym, MethodRole role, MentionCollector found) {
        String text = s.text();
        int start = ChineseText.walkBack(text, open, 16, true, false);
        String longForm = text.substring(start, open);
        if (longForm.length() < 2 || ChineseText.endsWithAny(longForm, longForm.length(), ChineseText.DATASET_HEADS) != null) {
            if (!longForm.isEmpty()) {
                found.dataset(acronym, role == MethodRole.PROPOSED ? DatasetRole.INTRODUCED : DatasetRole.USED, s.evidence());
            }
            return;
        }
        if (ChineseText.endsWithAny(longForm, longForm.length(), ChineseText.GENERIC_METHOD_HEADS) != null) {
            found.method(acronym, null, role, s.evidence());
        } else if (ChineseText.endsWithAny(longForm, longForm.length(), ChineseText.SPECIFIC_METHOD_HEADS) != null) {
            found.method(longForm, acronym, role, s.evidence());
        }
    }

    /** Where the first proposal verb ends, or -1. */
    private static int proposalVerbEnd(String text) {
        int best = -1;
        for (String v : ChineseText.PROPOSAL_VERBS) {
            int at = text.indexOf(v);
            if (at >= 0 && (best < 0 || at + v.length() < best)) {
                best = at + v.length();
            }
        }
        return best;
    }

    static boolean sameClause(String text, int from, int to) {
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (c == '，' || c == ',' || c == '；' || c == ';' || c == '。') {
                return false;
            }
        }
        return true;
    }

    /** 基于, comparisons and "X神经网络 / X模型" of one sentence. */
    static void relations(Sent s, MentionCollector found) {
        String text = s.text();
        for (Token t : s.tokens()) {
            if (NameShapes.isNameLike(t.text()) && !found.isDataset(t.text()) && !found.isMetric(t.text())) {
                String head = ChineseText.startsWithAny(text, t.end(), List.of("神经网络", "网络", "模型", "算法", "方法", "框架"));
                if (head != null) {
                    found.method(withHead(t.text(), head), null, MethodRole.USED, s.evidence());
                }
            }
        }
        for (int at = text.indexOf("基于"); at >= 0; at = text.indexOf("基于", at + 2)) {
            basedOn(s, at + 2, found);
        }
        for (String cue : WIN_CUES) {
            for (int at = text.indexOf(cue); at >= 0; at = text.indexOf(cue, at + 1)) {
                compared(s, at, at + cue.length(), true, found);
            }
        }
        for (String cue : COMPARE_CUES) {
            for (int at = text.indexOf(cue); at >= 0; at = text.indexOf(cue, at + 1)) {
                int with = text.lastIndexOf('与', at);
                if (with >= 0 && at - with <= 80 && cue.length() >= 2 && sameClause(text, with, at)) {
                    comparedSpan(s, with + 1, at, found);
                } else {
                    compared(s, at, at + cue.length(), false, found);
                }
            }
        }
    }

    /** "RBF神经网络" keeps its network word; "GAT-DTA模型" is just GAT-DTA. */
    private static String withHead(String name, String head) {
        return head.endsWith("网络") ? name + head : name;
    }

    private static void basedOn(Sent s, int from, MentionCollector found) {
        String text = s.text();
        int end = from;
        while (end < text.length() && end - from < 40 && text.charAt(end) != '的' && !ChineseText.isClauseEnd(text.charAt(end))) {
            end++;
        }
        if (end >= text.length() || text.charAt(end) != '的') {
            return;
        }
        MethodDraft proposed = found.proposed();
        boolean ownSentence = proposed != null && (s.mentions(proposed.name) || s.mentions(proposed.acronym));
        for (String part : text.substring(from, end).split("以及|与|和|及|、")) {
            String p = part.strip();
            boolean method = p.length() >= 2 && p.length() <= 16 && !ChineseText.containsAny(p, ChineseText.VAGUE)
                    && (ChineseText.endsWithAny(p, p.length(), ChineseText.SPECIFIC_METHOD_HEADS) != null
                    || ChineseText.endsWithAny(p, p.length(), ChineseText.GENERIC_METHOD_HEADS) != null
                    || NameShapes.isNameLike(p));
            MethodDraft m = method ? found.method(p, null, MethodRole.USED, s.evidence()) : null;
            if (m != null && ownSentence && m != proposed) {
                proposed.addExtends(m.name);
            }
        }
    }

    /** "与X、Y、Z(FNN)等方法相比": every Latin name in the span is a baseline, acronyms of definitions included. */
    private static void comparedSpan(Sent s, int from, int to, MentionCollector found) {
        String text = s.text();
        for (Token t : s.tokens()) {
            if (t.start() >= from && t.end() <= to && NameShapes.isNameLike(t.text()) && !found.isDataset(t.text())
                    && !found.isMetric(t.text())) {
                String head = ChineseText.startsWithAny(text, t.end(), List.of("神经网络", "网络"));
                found.method(head == null ? t.text() : t.text() + head, null, MethodRole.BASELINE, s.evidence());
            }
        }
    }

    /** The Latin name right after a comparison cue (spaces allowed) is a baseline. */
    private static void compared(Sent s, int cueStart, int from, boolean win, MentionCollector found) {
        String text = s.text();
        int k = from;
        while (k < text.length() && text.charAt(k) == ' ') {
            k++;
        }
        for (Token t : s.tokens()) {
            if (t.start() == k && NameShapes.isNameLike(t.text()) && !found.isDataset(t.text())) {
                String head = ChineseText.startsWithAny(text, t.end(), List.of("神经网络", "网络"));
                MethodDraft m = found.method(head == null ? t.text() : t.text() + head, null, MethodRole.BASELINE, s.evidence());
                MethodDraft p = found.proposed();
                boolean subject = p != null && (text.substring(0, cueStart).contains(p.name)
                        || ChineseText.containsAny(text.substring(0, cueStart), List.of("该模型", "该方法", "本文", "新算法", "所提")));
                if (win && subject && m != null && m != p) {
                    p.addImprovesOn(m.name);
                }
                return;
            }
        }
    }
}
