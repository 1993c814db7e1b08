package org.paperkg.extract;

import java.util.List;

/** Word lists and scanning helpers for Chinese text, where words are not separated by spaces. */
final class ChineseText {

    /** Words a name never runs across: function words and the verbs that introduce a name. */
    private static final List<String> STOPS = List.of("基于", "提出", "一种", "新型", "采用", "使用", "利用", "运用",
            "应用", "结合", "通过", "引入", "称为", "构建", "建立", "用于", "针对", "对于", "以及", "一个", "新的", "设计",
            "例如", "比如", "诸如", "包括", "而",
            "的", "了", "和", "与", "及", "在", "将", "以", "由", "是", "把", "被", "从", "等", "或", "其", "该", "此",
            "这", "、");

    /** Heads of a named kind of model: the Chinese long form is then the method's name. */
    static final List<String> SPECIFIC_METHOD_HEADS = List.of("神经网络", "网络", "向量机", "机", "回归", "森林", "滤波",
            "算法", "机制", "编码器", "学习", "聚类", "树", "注意力", "分析");

    /** Heads that only say "a model / a method": the Latin name is then the method's name. */
    static final List<String> GENERIC_METHOD_HEADS = List.of("模型", "方法", "框架", "系统", "技术", "策略");

    static final List<String> DATASET_HEADS = List.of("数据集", "语料库", "语料", "数据库", "基准", "测试集");

    static final List<String> TASK_HEADS = List.of("预测", "识别", "检测", "分类", "分割", "推荐", "翻译", "生成",
            "抽取", "提取", "问答", "诊断", "摘要", "检索", "匹配", "标注", "跟踪", "探测", "预报", "定位", "估计", "去噪",
            "补全", "排序");

    static final List<String> PROPOSAL_VERBS = List.of("提出", "设计", "构建", "建立", "开发", "研制", "创建", "命名为",
            "称为", "称之为");

    static final List<String> INTRO_VERBS = List.of("构建", "建立", "发布", "开源", "收集", "标注", "创建", "贡献", "整理");

    /** Ends of model names a task never runs across: "BP神经网络预测" is not a task name. */
    private static final List<String> MODEL_ENDS = List.of("网络", "算法", "向量机", "学习机");

    /** Words that make a "基于X" part a pointer, not a name: 上述两种方法. */
    static final List<String> VAGUE = List.of("上述", "两种", "这些", "多种", "各种", "几种", "一种", "该", "此", "其",
            "相关", "现有", "传统");

    private ChineseText() {
    }

    /**
     * Walks left from {@code end} (exclusive) over Chinese characters, and Latin letters and digits if
     * {@code latin}, until a stop word, punctuation, a method head (when {@code stopAtMethods}), or
     * {@code max} characters. Returns where the walk stopped.
     */
    static int walkBack(String text, int end, int max, boolean latin, boolean stopAtMethods) {
        int k = end;
        while (k > 0 && end - k < max) {
            char c = text.charAt(k - 1);
            boolean allowed = Tokenizer.isHan(c) || (latin && (isAsciiAlnum(c) || c == '-'));
            if (!allowed || endsWithAny(text, k, STOPS) != null
                    || (stopAtMethods && endsWithAny(text, k, GENERIC_METHOD_HEADS) != null)
                    || (stopAtMethods && endsWithAny(text, k, MODEL_ENDS) != null)) {
                break;
            }
            k--;
        }
        return k;
    }

    /** The word of the list that ends at {@code end} in the text, or {@code null}. */
    static String endsWithAny(String text, int end, List<String> words) {
        for (String w : words) {
            if (end >= w.length() && text.startsWith(w, end - w.length())) {
                return w;
            }
        }
        return null;
    }

    /** The word of the list that starts at {@code at} in the text, or {@code null}. */
    static String startsWithAny(String text, int at, List<String> words) {
        for (String w : words) {
            if (text.startsWith(w, at)) {
                return w;
            }
        }
        return null;
    }

    static boolean containsAny(String text, List<String> words) {
        for (String w : words) {
            if (text.contains(w)) {
                return true;
            }
        }
        return false;
    }

    static boolean isAsciiAlnum(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
    }

    /** Ends of a clause: a name, task or result never runs across one. */
    static boolean isClauseEnd(char c) {
        return "，,；;。！？!?：:（）()\n".indexOf(c) >= 0;
    }
}
