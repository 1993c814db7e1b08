package org.paperkg.extract;

import java.util.List;

/**
 * Datasets and tasks in Chinese text. Datasets: a Latin name right before or after 数据集 / 语料库 /
 * 基准, or after 在 in an experiment sentence (在X上); INTRODUCED when the sentence builds or releases
 * it (构建, 发布, …). Tasks: the words before a task head that is followed by 模型 / 方法 / 任务 …
 * (药物靶点预测模型 → 药物靶点预测), "X任务", "用于X" ending in a task head, and a title ending in one.
 */
final class ChineseTermRules {

    private static final List<String> AFTER_TASK = List.of("模型", "方法", "算法", "任务", "问题", "系统", "框架",
            "技术", "研究", "中", "领域");
    private static final List<String> EXPERIMENT_CUES = List.of("实验", "测试", "评估", "评测", "验证", "结果");

    private ChineseTermRules() {
    }

    static void datasets(Sent s, MentionCollector found) {
        String text = s.text();
        DatasetRole role = ChineseText.containsAny(text, ChineseText.INTRO_VERBS) ? DatasetRole.INTRODUCED : DatasetRole.USED;
        boolean experiment = ChineseText.containsAny(text, EXPERIMENT_CUES);
        for (Token t : s.tokens()) {
            if (!NameShapes.isNameLike(t.text()) || MetricLexicon.isMetricWord(t.text())) {
                continue;
            }
            int before = t.start();
            while (before > 0 && (text.charAt(before - 1) == ' ' || text.charAt(before - 1) == ':' || text.charAt(before - 1) == '：')) {
                before--;
            }
            int after = t.end();
            while (after < text.length() && text.charAt(after) == ' ') {
                after++;
            }
            boolean named = ChineseText.endsWithAny(text, before, ChineseText.DATASET_HEADS) != null
                    || ChineseText.startsWithAny(text, after, ChineseText.DATASET_HEADS) != null;
            boolean evaluatedOn = experiment && text.startsWith("在", before - 1) && text.startsWith("上", after)
                    && found.findMethod(t.text()) == null;
            if (named) {
                found.dataset(t.text(), role, s.evidence());
            } else if (evaluatedOn) {
                found.dataset(t.text(), DatasetRole.USED, s.evidence());
            }
        }
    }

    static void tasks(Sent s, MentionCollector found) {
        String text = s.text();
        for (String head : ChineseText.TASK_HEADS) {
            for (int at = text.indexOf(head); at >= 0; at = text.indexOf(head, at + 1)) {
                int end = at + head.length();
                boolean closed = ChineseText.startsWithAny(text, end, AFTER_TASK) != null
                        || (s.title() && end == text.length());
                if (closed) {
                    task(s, at, end, found);
                }
            }
        }
        for (int at = text.indexOf("任务"); at >= 0; at = text.indexOf("任务", at + 1)) {
            if (ChineseText.endsWithAny(text, at, ChineseText.TASK_HEADS) == null) {
                task(s, at, at, found);
            }
        }
        for (int at = text.indexOf("用于"); at >= 0; at = text.indexOf("用于", at + 1)) {
            int end = at + 2;
            while (end < text.length() && end - at < 14 && Tokenizer.isHan(text.charAt(end)) && text.charAt(end) != '的') {
                end++;
            }
            String head = ChineseText.endsWithAny(text, end, ChineseText.TASK_HEADS);
            if (head != null && end - at - 2 > head.length()) {
                found.task(text.substring(at + 2, end), s.evidence());
            }
        }
    }

    /** The task ending at {@code end}, its words walked back from {@code headStart}. */
    private static void task(Sent s, int headStart, int end, MentionCollector found) {
        int max = 10;
        int start = ChineseText.walkBack(s.text(), headStart, max, false, true);
        boolean cutMidWord = headStart - start == max && start > 0 && Tokenizer.isHan(s.text().charAt(start - 1));
        if (end - start >= 3 && headStart > start && !cutMidWord) {
            found.task(s.text().substring(start, end), s.evidence());
        }
    }
}
