package org.paperkg.extract;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Finds method, dataset and task terms in Chinese text, for recall where the v0 rules only take
 * names in set phrases. Chinese terms end in a head word (遗传算法, 支持向量机, 人脸图像数据集,
 * 组合优化问题), so each occurrence of a head is walked back over characters until a function word,
 * a verb that introduces a term, punctuation, or ten characters. A head with fewer than two
 * characters before it is a pointer, not a name (该算法, 本文方法). Methods are taken first, then
 * datasets, then tasks, and no two terms overlap (人脸识别技术 is a method, not a task): a later term stops where an
 * earlier one ends (支持向量机|解决…). Latin names
 * with a capital letter inside Chinese text (SVM, MANET, WebOS) are methods unless they are metrics.
 * Thread-safe (no state).
 */
final class ChineseTermFinder {

    /** A term as a character range of the text. */
    record Term(EntityType type, int start, int end) {
    }

    /** Heads complete on their own: 神经网络 is a method even with nothing before it. */
    private static final List<String> WHOLE_METHOD_HEADS = List.of("神经网络", "向量机");
    private static final List<String> METHOD_HEADS = longestFirst(List.of("神经网络", "向量机", "算法", "模型", "方法",
            "系统", "网络", "技术", "策略", "方案", "变换", "协议", "机制", "理论", "框架", "滤波", "架构", "分析法", "编码",
            "聚类", "模式"));
    private static final List<String> DATASET_HEADS = longestFirst(List.of("数据集", "数据库", "语料库", "测试集",
            "训练集", "样本集", "图像集"));
    private static final List<String> TASK_HEADS = longestFirst(List.of("问题", "处理", "去噪", "识别", "预测", "控制",
            "定位", "分类", "提取", "诊断", "评估", "配准", "检测", "加密", "建模", "融合", "挖掘", "推荐", "重建", "调度",
            "检索", "分割", "跟踪", "估计", "优化", "查询", "压缩", "规划", "匹配", "决策", "合成", "仿真"));
    /** Words a term never runs across, longest first so 改进的 is seen before 的. */
    private static final List<String> STOPS = longestFirst(List.of("基于", "提出", "一种", "新型", "采用", "使用", "利用",
            "运用", "应用", "结合", "通过", "引入", "称为", "构建", "建立", "用于", "针对", "对于", "以及", "一个", "新的",
            "设计", "解决", "完成", "获得", "得到", "具有", "满足", "克服", "降低", "减少", "增加",
            "提升", "保证", "考虑", "描述", "讨论", "例如", "比如", "诸如", "包括", "实现", "进行", "研究", "本文", "给出", "证明", "分析了", "改进的", "改进",
            "提高", "我们", "一类", "多种", "各种", "这种", "上述", "以上", "该", "此", "这", "其", "的", "了", "和", "与",
            "及", "在", "将", "以", "由", "是", "把", "被", "从", "等", "或", "而", "并", "对", "为", "中", "使", "用", "后",
            "可", "能", "则", "也", "又", "就", "即", "都", "所", "之", "给", "向", "到", "让", "已", "再", "下"));
    private static final int MAX_LENGTH = 10;

    private ChineseTermFinder() {
    }

    static List<Term> find(String text) {
        List<Term> out = new ArrayList<>();
        boolean[] covered = new boolean[text.length()];
        heads(text, METHOD_HEADS, EntityType.METHOD, 2, covered, out);
        heads(text, DATASET_HEADS, EntityType.DATASET, 1, covered, out);
        heads(text, TASK_HEADS, EntityType.TASK, 2, covered, out);
        latinNames(text, covered, out);
        out.sort(Comparator.comparingInt(Term::start));
        return out;
    }

    private static void heads(String text, List<String> heads, EntityType type, int minBefore, boolean[] covered,
            List<Term> out) {
        for (String head : heads) {
            for (int at = text.indexOf(head); at >= 0; at = text.indexOf(head, at + 1)) {
                int start = walkBack(text, at, covered);
                int end = at + head.length();
                boolean whole = type == EntityType.METHOD && WHOLE_METHOD_HEADS.contains(head);
                if ((at - start >= minBefore || whole) && free(covered, start, end)) {
                    take(covered, start, end);
                    out.add(new Term(type, start, end));
                }
            }
        }
    }

    private static void latinNames(String text, boolean[] covered, List<Term> out) {
        int i = 0;
        while (i < text.length()) {
            if (!isAsciiLetter(text.charAt(i)) || (i > 0 && ChineseText.isAsciiAlnum(text.charAt(i - 1)))) {
                i++; // a name starts a word: not the "dB" of "20dB"
                continue;
            }
            int j = i + 1;
            while (j < text.length() && (ChineseText.isAsciiAlnum(text.charAt(j)) || text.charAt(j) == '-' || text.charAt(j) == '+')) {
                j++;
            }
            while (j > i && !ChineseText.isAsciiAlnum(text.charAt(j - 1))) {
                j--; // a name does not end in - or +
            }
            String name = text.substring(i, j);
            boolean capital = !name.equals(name.toLowerCase(java.util.Locale.ROOT));
            if (j - i >= 2 && capital && free(covered, i, j) && !MetricLexicon.isMetricWord(name)) {
                take(covered, i, j);
                out.add(new Term(EntityType.METHOD, i, j));
            }
            i = Math.max(j, i + 1);
        }
    }

    /** Where a term ending at {@code end} (exclusive) starts: it never runs into a term already taken. */
    private static int walkBack(String text, int end, boolean[] covered) {
        int k = end;
        while (k > 0 && end - k < MAX_LENGTH) {
            char c = text.charAt(k - 1);
            boolean part = Tokenizer.isHan(c) || ChineseText.isAsciiAlnum(c) || c == '-' || c == '+';
            if (!part || covered[k - 1] || ChineseText.endsWithAny(text, k, STOPS) != null) {
                break;
            }
            k--;
        }
        // never start inside a Latin word ("Hilbert-Huang变换", not "bert-Huang变换"): take all of it,
        // as grounding and readers know a name only by whole words
        while (k > 0 && k < end && latinPart(text.charAt(k)) && latinPart(text.charAt(k - 1)) && !covered[k - 1]) {
            k--;
        }
        while (k < end && (text.charAt(k) == '-' || text.charAt(k) == '+')) {
            k++;
        }
        return k;
    }

    private static boolean latinPart(char c) {
        return ChineseText.isAsciiAlnum(c) || c == '-' || c == '+';
    }

    private static boolean free(boolean[] covered, int start, int end) {
        for (int i = start; i < end; i++) {
            if (covered[i]) {
                return false;
            }
        }
        return true;
    }

    private static void take(boolean[] covered, int start, int end) {
        for (int i = start; i < end; i++) {
            covered[i] = true;
        }
    }

    private static boolean isAsciiLetter(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    }

    private static List<String> longestFirst(List<String> words) {
        return words.stream().sorted(Comparator.comparingInt(String::length).reversed()).toList();
    }
}
