package org.paperkg.extract;

import java.util.ArrayList;
import java.util.List;

/**
 * The four elements, built from the abstract's own sentences: the research problem from the first
 * sentence that states an aim or proposal, the method from the sentence that best describes the
 * proposed method, the results from sentences with reported numbers or comparisons, the data
 * contribution from a sentence that builds or releases data. Each element is at most two sentences
 * and 600 characters, as the schema allows.
 */
final class SummaryRules {

    private static final int MAX = 600;

    private static final List<String> EN_PROBLEM = List.of("we propose", "we present", "we introduce", "we address",
            "we study", "we investigate", "we consider", "we focus", "we tackle", "we explore", "this paper",
            "this work", "in this work", "we aim", "aims to", "here we", "we develop");
    private static final List<String> EN_METHOD = List.of("based on", "we propose", "we present", "we introduce",
            "we use", "using", "leverag", "architecture", "framework", "our model", "our method", "our approach",
            "algorithm", "we design", "we develop", "consists of", "by ", "model");
    private static final List<String> EN_RESULTS = List.of("outperform", "state-of-the-art", "state of the art",
            "results show", "experiments show", "we show", "demonstrate", "achiev", "improv", "surpass", "better than");
    private static final List<String> EN_DATA_OBJECT = List.of("dataset", "data set", "corpus", "benchmark", " data ");
    private static final List<String> EN_DATA_ACTION = List.of("release", "introduce", "construct", "build", "built",
            "create", "collect", "publicly", "open-source", "available", "new ", "novel");

    private static final List<String> ZH_PROBLEM = List.of("提出", "旨在", "用于", "针对", "为了", "本文", "本研究", "研究了", "解决");
    private static final List<String> ZH_METHOD = List.of("基于", "采用", "利用", "通过", "结合", "运用", "应用", "模型", "方法", "算法");
    private static final List<String> ZH_RESULTS = List.of("结果表明", "实验表明", "实验结果", "结果显示", "表明", "证明",
            "提升", "提高", "优于", "降低", "显示");
    private static final List<String> ZH_DATA_OBJECT = List.of("数据集", "语料", "数据库", "基准");
    private static final List<String> ZH_DATA_ACTION = ChineseText.INTRO_VERBS;

    private SummaryRules() {
    }

    static Summary build(List<Sent> sentences, boolean zh, MentionCollector found, List<String> resultEvidence) {
        String problem = first(sentences, zh ? ZH_PROBLEM : EN_PROBLEM);
        if (problem == null && !sentences.isEmpty()) {
            problem = sentences.get(0).text(); // abstracts open with the problem when no sentence announces it
        }
        String method = method(sentences, zh, found, problem);
        List<String> results = new ArrayList<>();
        for (Sent s : sentences) {
            if (resultEvidence.contains(s.text()) && results.size() < 2) {
                results.add(s.text());
            }
        }
        for (Sent s : sentences) {
            if (results.size() < 2 && !results.contains(s.text()) && hasAny(s, zh ? ZH_RESULTS : EN_RESULTS)
                    && (!zh || s.text().chars().anyMatch(Character::isDigit) || hasAny(s, List.of("优于", "表明")))) {
                results.add(s.text());
            }
        }
        String data = null;
        for (Sent s : sentences) {
            if (hasAny(s, zh ? ZH_DATA_OBJECT : EN_DATA_OBJECT) && hasAny(s, zh ? ZH_DATA_ACTION : EN_DATA_ACTION)) {
                data = s.text();
                break;
            }
        }
        return new Summary(cap(problem), cap(method), cap(String.join(zh ? "" : " ", fit(results))), cap(data));
    }

    private static String method(List<Sent> sentences, boolean zh, MentionCollector found, String problem) {
        MethodDraft proposed = found.proposed();
        String best = problem;
        int bestScore = 0;
        for (Sent s : sentences) {
            int score = hasAny(s, zh ? ZH_METHOD : EN_METHOD) ? 1 : 0;
            if (proposed != null && (s.mentions(proposed.name) || s.mentions(proposed.acronym))) {
                score += 2;
            }
            if (score > 0 && s.text().equals(problem)) {
                score -= 3; // prefer a sentence the research problem does not already use
            }
            if (score > 0 && hasAny(s, zh ? ZH_RESULTS : EN_RESULTS)) {
                score -= 2; // and one that describes the method, not its results
            }
            if (score > bestScore) {
                best = s.text();
                bestScore = score;
            }
        }
        if (best != null && best.equals(problem) && zh) {
            return methodClause(best);
        }
        return best;
    }

    /** The clauses of a Chinese sentence that carry the method ("…基于…的…模型"), when the sentence also states the aim. */
    private static String methodClause(String sentence) {
        StringBuilder out = new StringBuilder();
        for (String clause : sentence.split("(?<=[,，;；])")) {
            if (ChineseText.containsAny(clause, ZH_METHOD) && !clause.contains("用于") && !clause.contains("旨在")) {
                out.append(clause);
            }
        }
        String m = out.toString().replaceAll("[,，;；]$", "");
        return m.isEmpty() ? sentence : m;
    }

    private static String first(List<Sent> sentences, List<String> cues) {
        for (Sent s : sentences) {
            if (hasAny(s, cues)) {
                return s.text();
            }
        }
        return null;
    }

    private static boolean hasAny(Sent s, List<String> cues) {
        for (String c : cues) {
            if (s.lower().contains(c)) {
                return true;
            }
        }
        return false;
    }

    /** Drops the second sentence when two do not fit the schema's 600 characters. */
    private static List<String> fit(List<String> parts) {
        return parts.size() == 2 && parts.get(0).length() + parts.get(1).length() + 1 > MAX ? parts.subList(0, 1) : parts;
    }

    private static String cap(String s) {
        if (s == null) {
            return "";
        }
        return s.length() <= MAX ? s : s.substring(0, MAX - 1) + "…";
    }
}
