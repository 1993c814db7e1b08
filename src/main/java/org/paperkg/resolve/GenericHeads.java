package org.paperkg.resolve;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Drops a generic head word that papers add to a name ("BERT model", "GAT-DTA模型", "Cora dataset",
 * "F1 score", "link prediction task"), so the name keys like the bare name. Only when what remains is
 * still a name on its own: "language model" and "accuracy score" keep their head, since "language" and
 * "accuracy" alone are ordinary words that name something else.
 */
final class GenericHeads {

    private static final Map<EntityLabel, List<String>> ENGLISH = Map.of(
            EntityLabel.Method, List.of("models", "model", "methods", "method", "approach", "algorithm",
                    "framework", "architecture"),
            EntityLabel.Dataset, List.of("datasets", "dataset", "data set", "corpus", "benchmark"),
            EntityLabel.Metric, List.of("scores", "score", "value", "metric"),
            EntityLabel.Task, List.of("tasks", "task"));

    private static final Map<EntityLabel, List<String>> CHINESE = Map.of(
            EntityLabel.Method, List.of("模型", "方法", "算法", "框架"),
            EntityLabel.Dataset, List.of("数据集", "语料库", "基准"),
            EntityLabel.Metric, List.of("指标", "值", "分数"),
            EntityLabel.Task, List.of("任务"));

    /** Last words after which a method's generic head is redundant: "graph neural network model". */
    private static final Set<String> METHOD_HEADS = Set.of("network", "networks", "machine", "forest", "regression",
            "transformer", "encoder", "autoencoder", "网络", "向量机", "机制", "回归", "森林");

    private static final java.util.regex.Pattern WORD_BREAK = java.util.regex.Pattern.compile("[\\s_]+");

    private GenericHeads() {
    }

    /** The name without its generic head, or the name unchanged. */
    static String strip(EntityLabel label, String name) {
        if (label == EntityLabel.Method) {
            String rest = networkAfterNetworkAcronym(name);
            if (rest != null) {
                return rest;
            }
        }
        for (String head : ENGLISH.get(label)) {
            int at = name.length() - head.length();
            if (at > 1 && name.regionMatches(true, at, head, 0, head.length())
                    && (name.charAt(at - 1) == ' ' || name.charAt(at - 1) == '-')) {
                String rest = name.substring(0, at - 1).strip();
                if (keeps(label, rest)) {
                    return rest;
                }
            }
        }
        for (String head : CHINESE.get(label)) {
            if (name.endsWith(head) && name.length() > head.length() + 1) {
                String rest = name.substring(0, name.length() - head.length()).strip();
                if (keeps(label, rest)) {
                    return rest;
                }
            }
        }
        return name;
    }

    /**
     * "GCN network", "FLANN网络": an acronym whose last letter already says network, then the word again;
     * {@code null} otherwise. "LSTM network" and "BP神经网络" keep their head: there the word adds meaning.
     */
    private static String networkAfterNetworkAcronym(String name) {
        for (String head : List.of(" networks", " network", "-network", "网络")) {
            if (name.length() > head.length() && name.regionMatches(true, name.length() - head.length(), head, 0,
                    head.length())) {
                String rest = name.substring(0, name.length() - head.length()).strip();
                String singular = rest.endsWith("s") ? rest.substring(0, rest.length() - 1) : rest;
                boolean acronymOfNetwork = Acronyms.isAcronymShaped(rest) && singular.endsWith("N");
                return acronymOfNetwork ? rest : null;
            }
        }
        return null;
    }

    /** Whether {@code rest} still names the thing without the head. */
    private static boolean keeps(EntityLabel label, String rest) {
        if (rest.length() < 2) {
            return false;
        }
        if (label == EntityLabel.Task) {
            return true;
        }
        if (label == EntityLabel.Method && endsWithHead(rest)) {
            return true;
        }
        return isNameShaped(rest, label == EntityLabel.Dataset);
    }

    private static boolean endsWithHead(String rest) {
        for (String h : METHOD_HEADS) {
            if (rest.toLowerCase(java.util.Locale.ROOT).endsWith(h)) {
                int at = rest.length() - h.length();
                return Scripts.isHan(h.charAt(0)) || at == 0 || !Character.isLetter(rest.charAt(at - 1));
            }
        }
        return false;
    }

    /**
     * A word with two capitals ({@code BERT}, {@code GAT-DTA}), a capital inside ({@code DrugInteract})
     * or letters with digits ({@code F1}); for a dataset, whose names are proper names, a capitalised
     * word is enough ({@code Cora}). Title case across words ("Embeddings from Language") is not.
     */
    static boolean isNameShaped(String s, boolean titleCaseEnough) {
        for (String word : WORD_BREAK.split(s)) {
            if (wordIsNameShaped(word, titleCaseEnough)) {
                return true;
            }
        }
        return false;
    }

    private static boolean wordIsNameShaped(String w, boolean titleCaseEnough) {
        int upper = 0;
        boolean camel = false;
        boolean letter = false;
        boolean digit = false;
        for (int i = 0; i < w.length(); i++) {
            char c = w.charAt(i);
            if (Character.isUpperCase(c)) {
                upper++;
                camel |= i > 0 && Character.isLowerCase(w.charAt(i - 1));
            }
            letter |= Character.isLetter(c) && !Scripts.isHan(c);
            digit |= Character.isDigit(c);
        }
        return upper >= 2 || camel || (letter && digit) || (titleCaseEnough && upper == 1 && letter);
    }
}
