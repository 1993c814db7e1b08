package org.paperkg.extract;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Finds what Chinese abstracts measure: rates, errors, complexities and qualities (准确率, 均方误差,
 * 时间复杂度, 鲁棒性), with what they measure when it is written right before a measuring head
 * (定位精度, 分类准确率, 检索效率). The names come from general knowledge of how Chinese papers name
 * metrics, not from any gold data. Thread-safe (no state).
 */
final class ChineseMetricFinder {

    /** Names complete on their own, also when nothing names what they measure. */
    private static final List<String> NAMES = longestFirst(List.of("准确率", "精确率", "查准率", "查全率", "召回率",
            "F1值", "F值", "错误率", "误码率", "误差率", "误判率", "误检率", "漏检率", "误报率", "漏报率", "虚警率",
            "丢包率", "识别率", "正确率", "命中率", "检测率", "成功率", "覆盖率", "利用率", "压缩率", "压缩比", "信噪比",
            "峰值信噪比", "均方误差", "均方根误差", "平均绝对误差", "平均精度", "准确度", "精度", "误差", "灵敏度",
            "特异度", "置信度", "分辨率", "复杂度", "时间复杂度", "空间复杂度", "计算复杂度", "计算量", "运算量",
            "吞吐量", "时延", "收敛速度", "运行时间", "能耗", "效率", "性能", "鲁棒性", "实时性", "有效性", "可靠性",
            "稳定性", "安全性", "准确性", "可行性", "收敛性", "可扩展性", "稳健性"));
    /** Heads that take what they measure from the characters before them: 定位 + 精度. */
    private static final List<String> HEADS = longestFirst(List.of("精度", "准确率", "识别率", "正确率", "错误率",
            "误差", "复杂度", "效率", "速度", "性能", "时间"));
    /** At most this many characters name what a head measures (分类 + 精度, 图像检索 + 效率). */
    private static final int MAX_BEFORE = 4;
    /** Words that never belong to what a head measures: verbs, particles and pointers before it. */
    private static final List<String> STOPS = longestFirst(List.of("提高", "提升", "改善", "降低", "减少", "保证",
            "兼顾", "具有", "获得", "得到", "达到", "影响", "表明", "显示", "说明", "证明", "验证", "实现", "可以", "能够", "算法", "方法", "模型", "系统", "本文", "较高", "较好",
            "更高", "更好", "良好", "一定", "平均", "总体", "整体", "的", "了", "和", "与", "及", "在", "其", "该", "此",
            "高", "低", "好", "对", "为", "是", "且", "并", "而", "以", "使", "有", "较", "更", "最", "很", "均"));

    private ChineseMetricFinder() {
    }

    static List<ChineseTermFinder.Term> find(String text) {
        List<ChineseTermFinder.Term> out = new ArrayList<>();
        int i = 0;
        while (i < text.length()) {
            String head = ChineseText.startsWithAny(text, i, HEADS);
            String name = ChineseText.startsWithAny(text, i, NAMES);
            int end = Math.max(head == null ? i : i + head.length(), name == null ? i : i + name.length());
            if (end == i) {
                i++;
                continue;
            }
            int start = head != null ? measuredFrom(text, i, out) : i;
            if (start == i && name == null) {
                i++; // a bare head that is no metric by itself: 速度, 时间
                continue;
            }
            out.add(new ChineseTermFinder.Term(EntityType.METRIC, start, end));
            i = end;
        }
        return out;
    }

    /** Where the words a head at {@code head} measures start, or {@code head} when none are written. */
    private static int measuredFrom(String text, int head, List<ChineseTermFinder.Term> taken) {
        int floor = taken.isEmpty() ? 0 : taken.get(taken.size() - 1).end();
        int k = head;
        while (k > floor && head - k < MAX_BEFORE && Tokenizer.isHan(text.charAt(k - 1))
                && ChineseText.endsWithAny(text, k, STOPS) == null) {
            k--;
        }
        return head - k >= 2 ? k : head; // one character is a fragment (率 of 频率), not a name
    }

    private static List<String> longestFirst(List<String> words) {
        return words.stream().sorted(Comparator.comparingInt(String::length).reversed()).toList();
    }
}
